package io.hcsim.reports.render;

import java.util.Locale;
import java.util.Optional;

/** The formats a report can be written in, and the file extensions that ask for them. */
public enum Format {
  TEXT("txt"),
  JSON("json"),
  MARKDOWN("md"),
  HTML("html"),
  PDF("pdf");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The format a file name asks for by its extension ({@code .htm} and {@code .markdown} too). */
  public static Optional<Format> ofFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = n.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> Optional.of(TEXT);
      case "json" -> Optional.of(JSON);
      case "md", "markdown" -> Optional.of(MARKDOWN);
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      case "pdf" -> Optional.of(PDF);
      default -> Optional.empty();
    };
  }

  /** Whether the format is a document with charts that needs the report stack's renderer. */
  public boolean rich() {
    return this == HTML || this == PDF;
  }
}
