package io.hcsim.reports.i18n;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.competency.Competency;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.rating.Rating;
import io.hcsim.core.text.Text;
import io.hcsim.core.text.Words;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The words of every report and of the terminal in one language: sentences from the language's
 * one bundle ({@link Words}, patterns for {@link String#format}), names of competencies and
 * personas from the catalogue, and numbers, amounts and dates written the way readers of that
 * language write them (in Chinese, amounts in 万).
 */
public final class Messages {
  private final Language language;
  private final Words words;

  private Messages(Language language, Words words) {
    this.language = language;
    this.words = words;
  }

  public static Messages of(Language language) {
    return new Messages(language, Words.of(language.id()));
  }

  public Language language() {
    return language;
  }

  public boolean chinese() {
    return language == Language.ZH;
  }

  /** The sentence {@code key}, filled with {@code args}. */
  public String get(String key, Object... args) {
    String pattern = words.get(key);
    return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
  }

  /** Whether the bundle has {@code key} (for optional texts, such as contrasts per competency). */
  public boolean has(String key) {
    return words.has(key);
  }

  public String text(Text text) {
    return text.in(language.id());
  }

  public String competency(Catalogue catalogue, String id) {
    return catalogue.competencies().byId(id).map(this::competency).orElse(id);
  }

  /** A lever's name: a competency's, or interview readiness (which is no competency). */
  public String lever(Catalogue catalogue, String id) {
    return id.equals(io.hcsim.simulation.prep.Sensitivity.READINESS) ? get("sens.readiness") : competency(catalogue, id);
  }

  public String competency(Competency c) {
    return chinese() ? c.nameZh() : c.nameEn();
  }

  /**
   * A loop's name in this language: a bundled loop's from the words (loop files carry one name),
   * any other loop's as its file gives it.
   */
  public String loopName(String loopRef, String name) {
    return bundled("loopName", loopRef, name);
  }

  /**
   * A profile's name in this language: a bundled profile's from the words (profile files carry
   * one name), any other profile's as its file gives it.
   */
  public String profileName(String profileRef, String name) {
    return bundled("profileName", profileRef, name);
  }

  /** A bundled loop's description in this language, any other loop's as its file gives it. */
  public String loopNote(String loopRef, String description) {
    return bundled("loopNote", loopRef, description);
  }

  /** A bundled profile's notes in this language, any other profile's as its file gives them. */
  public String profileNotes(String profileRef, String notes) {
    return bundled("profileNotes", profileRef, notes);
  }

  /** The words' {@code table.ref} where the bundle has it (a bundled file), else the file's own text. */
  private String bundled(String table, String ref, String fromFile) {
    String key = table + "." + ref;
    return has(key) ? get(key) : fromFile;
  }

  /**
   * A round's title: its own name where the words give one for this bundled loop (the parent
   * group's classic loop calls its rounds 一面, 二面, 交叉面 …), else its interviewer's title.
   */
  public String roundTitle(String loopRef, io.hcsim.core.loop.Round round, Persona persona) {
    return bundled("roundName", loopRef + "." + round.id(), persona(persona));
  }

  /**
   * A round in a table's round column: its id in English (the loop file's word); in Chinese, where
   * an id is no word, its own name or its place ("第2轮").
   */
  public String roundRef(String loopRef, io.hcsim.core.loop.Round round, int number) {
    if (!chinese()) {
      return round.id();
    }
    String key = "roundName." + loopRef + "." + round.id();
    return has(key) ? get(key) : get("round.number", number);
  }

  public String persona(Persona p) {
    return chinese() ? p.nameZh() : p.nameEn();
  }

  public String rating(Rating r) {
    return words.get("rating." + r.name());
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
    String tenThousand = words.get("number.tenThousand");
    if (tenThousand.isEmpty()) {
      return String.format(Locale.ROOT, "%,d %s", amount, currency);
    }
    String wan = tenThousands(amount) + tenThousand;
    return "CNY".equals(currency) || "RMB".equals(currency) ? wan + words.get("money.yuan") : wan + " " + currency;
  }

  /** {@code n} in ten thousands to one decimal, without a trailing ".0". */
  private static String tenThousands(long n) {
    String wan = String.format(Locale.ROOT, "%.1f", n / 10_000.0);
    return wan.endsWith(".0") ? wan.substring(0, wan.length() - 2) : wan;
  }

  /**
   * An amount whose currency is said once beside it: "612,000" in English, "61.2万" in Chinese
   * (from ten thousand up, as {@link #count}).
   */
  public String amount(long n) {
    return count(n);
  }

  public String date(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern(words.get("date.pattern"), Locale.ENGLISH));
  }

  /** A whole number: "12,000" in English, "1.2万" in Chinese from ten thousand up. */
  public String count(long n) {
    String tenThousand = words.get("number.tenThousand");
    if (!tenThousand.isEmpty() && n >= 10_000) {
      return tenThousands(n) + tenThousand;
    }
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Items side by side, each with its figure: "a 1%, b 2%" or "a 1%、b 2%". */
  public String join(java.util.List<String> items) {
    return String.join(words.get("list.separator"), items);
  }

  /**
   * Items that are clauses of their own ("Recruiter Lean Hire"), joined the language's way: "a, b
   * and c" in English, "a；b；c" in Chinese (、 joins words, ； joins clauses).
   */
  public String clauses(java.util.List<String> items) {
    if (items.size() < 2) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(words.get("list.clause.separator"), items.subList(0, items.size() - 1))
        + words.get("list.clause.and") + items.get(items.size() - 1);
  }

  /** A list joined the language's way: "a, b and c" or "a、b、c" (Chinese puts no 和 before the last). */
  public String list(java.util.List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(words.get("list.separator"), items.subList(0, items.size() - 1)) + words.get("list.and")
        + items.get(items.size() - 1);
  }
}
