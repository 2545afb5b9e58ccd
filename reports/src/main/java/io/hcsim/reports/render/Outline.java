package io.hcsim.reports.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's outline (the bookmarks a viewer lists beside the pages) made from the report's own
 * section headings, and its language from the page's {@code lang}: each {@code <h2>} gets an
 * anchor and a bookmark to it, in the {@code <bookmarks>} element the PDF renderer reads.
 */
final class Outline {
  private static final Pattern H2 = Pattern.compile("<h2((?:\\s+class=\"[^\"]*\")?)>(.*?)</h2>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([A-Za-z-]+)\"");

  private Outline() {}

  /**
   * {@code xhtml} with an id on each section heading and a bookmark for each. A heading's text is
   * escaped already (the templates escape every value), so it can stand in an attribute once its
   * markup and double quotes are gone.
   */
  static String withBookmarks(String xhtml) {
    Matcher m = H2.matcher(xhtml);
    StringBuilder body = new StringBuilder(xhtml.length() + 512);
    StringBuilder marks = new StringBuilder("<bookmarks>\n");
    int n = 0;
    while (m.find()) {
      String id = "section-" + ++n;
      String name = TAG.matcher(m.group(2)).replaceAll("").replace("\"", "&quot;").strip();
      marks.append("<bookmark name=\"").append(name).append("\" href=\"#").append(id).append("\"/>\n");
      m.appendReplacement(body, Matcher.quoteReplacement("<h2 id=\"" + id + "\"" + m.group(1) + ">" + m.group(2) + "</h2>"));
    }
    m.appendTail(body);
    if (n == 0) {
      return xhtml;
    }
    int head = body.indexOf("</head>");
    return head < 0 ? xhtml : body.insert(head, marks.append("</bookmarks>\n")).toString();
  }

  /** The document's language ({@code lang} of its {@code <html>}), English when it names none. */
  static String language(String xhtml) {
    Matcher m = LANG.matcher(xhtml);
    return m.find() ? m.group(1) : "en";
  }
}
