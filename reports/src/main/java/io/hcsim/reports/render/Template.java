package io.hcsim.reports.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.hcsim.core.files.Printable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A Mustache template from the classpath ({@code hcsim/reports/templates/NAME}), with the escaping
 * its format needs, so that a value (a name or a note from a file someone sent) always shows as
 * text and never as markup: XHTML escapes markup, Markdown escapes what CommonMark would read as
 * markup or raw HTML, plain text shows control characters as visible escapes. The readers refuse
 * such characters already; this is the second line, for text that comes from elsewhere (a path).
 */
public final class Template {
  private static final String ROOT = "hcsim/reports/templates/";

  private final Mustache mustache;
  /** What is done to the filled template: for XHTML, its tokens kept whole across line ends. */
  private final UnaryOperator<String> finish;

  private Template(Mustache mustache, UnaryOperator<String> finish) {
    this.mustache = mustache;
    this.finish = finish;
  }

  /**
   * An XHTML template: values are XML-escaped, and characters XML cannot carry are replaced; a
   * figure and its unit, or a short Chinese term in a cell, never break across lines ({@link Unbroken}).
   */
  public static Template xhtml(String name) {
    DefaultMustacheFactory xml = new DefaultMustacheFactory(ROOT) {
      @Override
      public void encode(String value, Writer writer) {
        super.encode(xmlChars(value), writer);
      }
    };
    return new Template(xml.compile(name), Unbroken::apply);
  }

  /** A plain-text template: values as they are, but for control characters, shown as escapes. */
  public static Template plain(String name) {
    return encoded(name, Template::visibleControls);
  }

  /** A Markdown (CommonMark, GitHub tables) template: values are escaped as literal text. */
  public static Template markdown(String name) {
    return encoded(name, Template::markdownText);
  }

  private static Template encoded(String name, UnaryOperator<String> encoding) {
    DefaultMustacheFactory factory = new DefaultMustacheFactory(ROOT) {
      @Override
      public void encode(String value, Writer writer) {
        try {
          writer.write(encoding.apply(value));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    return new Template(factory.compile(name), UnaryOperator.identity());
  }

  /** The template filled from {@code view} (a map, or an object whose fields and methods it reads). */
  public String render(Object view) {
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return finish.apply(out.toString());
  }

  /** {@code s} with every character XML 1.0 forbids (controls, lone surrogates, U+FFFE/F) as U+FFFD. */
  static String xmlChars(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      boolean bad = !pair && ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
          || c == '\uFFFE' || c == '\uFFFF');
      if (bad && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(bad ? '\uFFFD' : c);
        if (pair) {
          b.append(s.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return b == null ? s : b.toString();
  }

  /** Control characters but line breaks and tabs as visible escapes (a template's own layout stays). */
  private static String visibleControls(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append(c == '\n' || c == '\t' ? String.valueOf((char) c) : Printable.escape(String.valueOf((char) c))));
    return b.toString();
  }

  /**
   * {@code s} as CommonMark literal text on one line (a value sits in a table cell or a
   * paragraph): a backslash before every character that can start markup, raw HTML, an entity or
   * a table cell, and before what would open a heading, list or quote at the start of a line.
   */
  static String markdownText(String s) {
    String line = Printable.escape(xmlChars(s).replaceAll("\\R", " ")).strip();
    StringBuilder b = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean starts = i == 0 && (c == '#' || c == '-' || c == '+' || c == '=' || c == '>');
      boolean ordered = (c == '.' || c == ')') && (i + 1 == line.length() || line.charAt(i + 1) == ' ')
          && line.substring(0, i).matches("\\d{1,9}");
      if ("\\`*_[]<>|~&!{}".indexOf(c) >= 0 || starts || ordered) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
