package io.hcsim.reports.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps tokens whole across line ends in an XHTML report, in the PDF and in a browser alike: each
 * is wrapped in a {@code <span class="unbroken">} (no wrapping inside it). A line may still break
 * before or after it. The tokens are
 * <ul>
 *   <li>a figure and its unit ("15 h", "36小时", "280万元", "+3.5个百分点"), everywhere;
 *   <li>a letter and its parenthesis ("P(offer)"), everywhere;
 *   <li>in a table cell or a heading, a run of two to {@link #TERM} Chinese characters: a
 *       compound term such as 生态协同判断 or 跨团队影响力, which the line breaker would otherwise
 *       split anywhere, as Chinese prose may be; a longer run is a phrase and breaks as prose does.
 * </ul>
 * Text inside the head, a chart (SVG), the bookmarks or an element that never wraps (a figure
 * cell, a rating) is left alone, and so is every tag. A percentage needs nothing: no line breaks before "%".
 */
public final class Unbroken {
  /** The longest run of Chinese characters kept whole in a cell or heading. */
  public static final int TERM = 8;

  /** Units a figure is written with, longest first where one begins another. */
  public static final String UNITS = "个百分点|百分点|个月|小时|分钟|万元|万|元|天|次|轮|周|倍|h|d|min|pts|CNY";

  /**
   * Punctuation that may not begin a line (a comma, a full stop, a closing bracket): kept with the
   * token before it, since the PDF renderer may break where a wrapped token ends.
   */
  private static final String CLOSING = "[，。；：、）」”！？,.;:)!?]?";
  private static final Pattern FIGURE_UNIT = Pattern.compile(
      "[+\\-−±]?\\d[\\d,.]*(?:\\s|&#160;|\u00a0)?(?:" + UNITS + ")(?![A-Za-z])" + CLOSING);
  private static final Pattern LETTER_CALL = Pattern.compile("(?<![A-Za-z])[A-Za-z]\\((?=[A-Za-z])[A-Za-z]+\\)?" + CLOSING);
  private static final Pattern PROTECTED = Pattern.compile(FIGURE_UNIT.pattern() + "|" + LETTER_CALL.pattern());
  private static final Pattern HAN_RUN = Pattern.compile("(\\p{IsHan}+)" + CLOSING);
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*?)(/?)>|<![^>]*>|<\\?[^>]*>");
  /**
   * Classes of the style sheet whose text never wraps already (a figure cell, not its header; an unbroken item):
   * nothing is wrapped inside them, since the PDF renderer may break a line where one inline
   * element meets another even where wrapping is off.
   */
  private static final Pattern WHOLE = Pattern.compile("\\sclass=\"(?:[^\"]*\\s)?(?:num|unbroken|r[1-4])(?:\\s[^\"]*)?\"");
  /** Elements whose text is not laid out as lines of the page. */
  private static final Set<String> SKIP = Set.of("head", "title", "style", "script", "svg", "bookmarks");
  /** Elements whose text is a cell or a heading: short Chinese runs stay whole there. */
  private static final Set<String> CELLS = Set.of("td", "th", "h1", "h2", "h3", "h4", "h5", "h6");

  private static final String OPEN = "<span class=\"unbroken\">";
  private static final String CLOSE = "</span>";

  private Unbroken() {}

  /** {@code xhtml} with every token of its text kept whole. */
  public static String apply(String xhtml) {
    StringBuilder out = new StringBuilder(xhtml.length() + xhtml.length() / 8);
    Deque<String> open = new ArrayDeque<>();
    Deque<Boolean> skipping = new ArrayDeque<>();
    int skipped = 0;
    int cells = 0;
    Matcher tag = TAG.matcher(xhtml);
    int at = 0;
    while (tag.find()) {
      String text = xhtml.substring(at, tag.start());
      out.append(skipped > 0 ? text : text(text, cells > 0));
      out.append(tag.group());
      at = tag.end();
      String name = tag.group(2);
      if (name == null || !tag.group(4).isEmpty()) {
        continue; // a doctype, a processing instruction, a comment or an empty element
      }
      name = name.toLowerCase(java.util.Locale.ROOT);
      if (tag.group(1).isEmpty()) {
        open.push(name);
        boolean skip = SKIP.contains(name) || (!name.equals("th") && WHOLE.matcher(tag.group(3)).find());
        skipping.push(skip);
        skipped += skip ? 1 : 0;
        cells += CELLS.contains(name) ? 1 : 0;
      } else if (!open.isEmpty()) {
        // Templates are well-formed XHTML: an end tag closes the element opened last.
        String closed = open.pop();
        skipped -= skipping.pop() ? 1 : 0;
        cells -= CELLS.contains(closed) ? 1 : 0;
      }
    }
    String rest = xhtml.substring(at);
    out.append(skipped > 0 ? rest : text(rest, cells > 0));
    return out.toString();
  }

  /** One stretch of text between tags, its tokens wrapped. */
  private static String text(String text, boolean cell) {
    if (text.isBlank()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    Matcher m = PROTECTED.matcher(text);
    int at = 0;
    while (m.find()) {
      String before = text.substring(at, m.start());
      out.append(cell ? terms(before) : before);
      out.append(OPEN).append(m.group()).append(CLOSE);
      at = m.end();
    }
    String rest = text.substring(at);
    out.append(cell ? terms(rest) : rest);
    return out.toString();
  }

  /** Short runs of Chinese characters wrapped whole. */
  private static String terms(String text) {
    Matcher m = HAN_RUN.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    while (m.find()) {
      int length = m.group(1).codePointCount(0, m.group(1).length());
      if (length >= 2 && length <= TERM) {
        out.append(text, at, m.start()).append(OPEN).append(m.group()).append(CLOSE);
        at = m.end();
      }
    }
    return out.append(text, at, text.length()).toString();
  }
}
