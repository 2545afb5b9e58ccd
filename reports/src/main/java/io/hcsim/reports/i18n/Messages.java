package io.hcsim.reports.i18n;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.catalogue.Text;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.rating.Rating;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of every report in one language: sentences from a message bundle
 * ({@code hcsim/reports/messages_LANG.properties}, patterns for {@link String#format}), names of
 * competencies, personas and ratings from the catalogue, and numbers, amounts and dates written
 * the way readers of that language write them (in Chinese, amounts in 万).
 */
public final class Messages {
  private final Language language;
  private final Properties bundle;

  private Messages(Language language, Properties bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  public static Messages of(Language language) {
    Properties p = new Properties();
    load(p, "messages", language);
    return new Messages(language, p);
  }

  /** These words and those of another bundle of the same language ({@code hcsim/reports/BUNDLE_LANG.properties}). */
  public Messages with(String bundleName) {
    Properties p = new Properties();
    p.putAll(bundle);
    load(p, bundleName, language);
    return new Messages(language, p);
  }

  private static void load(Properties p, String bundleName, Language language) {
    String name = "/hcsim/reports/" + bundleName + "_" + language.id() + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Language language() {
    return language;
  }

  public boolean chinese() {
    return language == Language.ZH;
  }

  /** The sentence {@code key}, filled with {@code args}. */
  public String get(String key, Object... args) {
    String pattern = bundle.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no message '" + key + "' in " + language.id());
    }
    return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
  }

  /** Whether the bundle has {@code key} (for optional texts, such as contrasts per competency). */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String text(Text text) {
    return text.in(language.id());
  }

  public String competency(Catalogue catalogue, String id) {
    return catalogue.competencies().byId(id).map(this::competency).orElse(id);
  }

  public String competency(Competency c) {
    return chinese() ? c.nameZh() : c.nameEn();
  }

  /**
   * A loop's name in this language: a bundled loop's from the words (loop files carry one name),
   * any other loop's as its file gives it.
   */
  public String loopName(String loopRef, String name) {
    String key = "loopName." + loopRef;
    return has(key) ? get(key) : name;
  }

  public String persona(Persona p) {
    return chinese() ? p.nameZh() : p.nameEn();
  }

  public String rating(Rating r) {
    return chinese() ? r.labelZh() : r.labelEn();
  }

  /** A probability as a percentage to one decimal; a small non-zero one as "<0.1%". */
  public String percent(double p) {
    if (p > 0 && p < 0.0005) {
      return "<0.1%";
    }
    if (p < 1 && p > 0.9995) {
      return ">99.9%";
    }
    return Decimal.format("%.1f%%", 100 * p);
  }

  /** A proficiency (1-5 scale) to two decimals. */
  public String proficiency(double value) {
    return Decimal.format("%.2f", value);
  }

  /**
   * An amount of money a year: "612,000 CNY" in English; in Chinese in 万 (ten thousands), "61.2万元"
   * for yuan, "61.2万 USD" for another currency.
   */
  public String money(long amount, String currency) {
    if (!chinese()) {
      return String.format(Locale.ROOT, "%,d %s", amount, currency);
    }
    String wan = String.format(Locale.ROOT, "%.1f", amount / 10_000.0);
    if (wan.endsWith(".0")) {
      wan = wan.substring(0, wan.length() - 2);
    }
    return "CNY".equals(currency) || "RMB".equals(currency) ? wan + "万元" : wan + "万 " + currency;
  }

  public String date(LocalDate date) {
    return chinese()
        ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
        : date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  }

  /** A whole number: "12,000" in English, "1.2万" in Chinese from ten thousand up. */
  public String count(long n) {
    if (chinese() && n >= 10_000) {
      String wan = String.format(Locale.ROOT, "%.1f", n / 10_000.0);
      return (wan.endsWith(".0") ? wan.substring(0, wan.length() - 2) : wan) + "万";
    }
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A list joined the language's way: "a, b and c" or "a、b和c". */
  public String list(java.util.List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String sep = chinese() ? "、" : ", ";
    String and = chinese() ? "和" : " and ";
    return String.join(sep, items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
  }
}
