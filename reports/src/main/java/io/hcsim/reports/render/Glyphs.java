package io.hcsim.reports.render;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The characters a PDF must draw, and those no font at hand has: a PDF shows a character missing
 * from every font it names as '#', silently, so the document is checked before it is made.
 */
final class Glyphs {
  private static final Pattern NOT_TEXT = Pattern.compile("(?s)<style.*?</style>|<svg.*?</svg>|<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

  private Glyphs() {}

  /** The characters of the document's text (not its markup, style sheet or charts, drawn as outlines). */
  static Set<Integer> of(String xhtml) {
    Matcher m = ENTITY.matcher(NOT_TEXT.matcher(xhtml).replaceAll(" "));
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      int cp = switch (e) {
        case "amp" -> '&';
        case "lt" -> '<';
        case "gt" -> '>';
        case "quot" -> '"';
        case "apos" -> '\'';
        default -> e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
      };
      m.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(cp))));
    }
    m.appendTail(text);
    return text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
            && Character.getType(cp) != Character.FORMAT && !Character.isISOControl(cp))
        .boxed().collect(Collectors.toCollection(TreeSet::new));
  }

  /** Those of {@code wanted} that {@code covered} does not draw. */
  static Set<Integer> missing(Set<Integer> wanted, IntPredicate covered) {
    return wanted.stream().filter(cp -> !covered.test(cp)).collect(Collectors.toCollection(TreeSet::new));
  }

  /** "U+1F600 (😀), U+0627 (ا)": the first few of them, for a message. */
  static String describe(Set<Integer> missing) {
    String shown = missing.stream().limit(8)
        .map(cp -> String.format(Locale.ROOT, "U+%04X (%s)", cp, new String(Character.toChars(cp))))
        .collect(Collectors.joining(", "));
    return missing.size() > 8 ? shown + " and " + (missing.size() - 8) + " more" : shown;
  }
}
