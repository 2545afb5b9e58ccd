package io.hcsim.reports.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A Mustache template from the classpath ({@code hcsim/reports/templates/NAME}). XHTML templates
 * escape every value; text and Markdown templates write values as they are (a value can hold
 * no markup there: the view escapes what Markdown would read).
 */
public final class Template {
  private static final String ROOT = "hcsim/reports/templates/";

  private final Mustache mustache;

  private Template(Mustache mustache) {
    this.mustache = mustache;
  }

  /** An XHTML template: values are XML-escaped. */
  public static Template xhtml(String name) {
    return new Template(new DefaultMustacheFactory(ROOT).compile(name));
  }

  /** A plain-text or Markdown template: values are written verbatim. */
  public static Template plain(String name) {
    MustacheFactory verbatim = new DefaultMustacheFactory(ROOT) {
      @Override
      public void encode(String value, Writer writer) {
        try {
          writer.write(value);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    return new Template(verbatim.compile(name));
  }

  /** The template filled from {@code view} (a map, or an object whose fields and methods it reads). */
  public String render(Object view) {
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return out.toString();
  }
}
