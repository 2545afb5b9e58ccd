package io.hcsim.reports.i18n;

import java.util.Locale;
import java.util.Optional;

/** A language a report can be written in. */
public enum Language {
  EN("en"),
  ZH("zh");

  private final String id;

  Language(String id) {
    this.id = id;
  }

  /** The code catalogue texts use ({@code en}, {@code zh}). */
  public String id() {
    return id;
  }

  public static Optional<Language> of(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.id.equals(c)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
