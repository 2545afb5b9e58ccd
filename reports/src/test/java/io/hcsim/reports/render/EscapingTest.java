package io.hcsim.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each format's escaping, on the payloads that broke out of it before. */
class EscapingTest {
  @Test
  void theFooterIsACssStringThatNothingCanEnd() {
    String css = StyleSheet.render("sans-serif", "x</style><script>\"} body{display:none} \\ 张伟 ·");
    String footer = css.substring(css.indexOf("content: ") + 9, css.indexOf(" \" · \" counter(page)"));
    assertThat(footer).startsWith("\"").endsWith("\"");
    String inside = footer.substring(1, footer.length() - 1);
    // letters, digits, spaces and escapes only: no quote, brace, angle bracket or bare backslash
    assertThat(inside.replaceAll("\\\\[0-9a-f]{1,6} ", "")).matches("[\\p{L}\\p{N} ]*");
    assertThat(inside).contains("张伟", "\\3c \\2f style\\3e ", "\\22 ", "\\7d ");
    assertThat(css).doesNotContain("</style");
  }

  @Test
  void markdownValuesAreLiteralTextOnOneLine() {
    assertThat(Template.markdownText("<script>x</script> | *a* _b_ [l](u) `c` & ~d~ !"))
        .isEqualTo("\\<script\\>x\\</script\\> \\| \\*a\\* \\_b\\_ \\[l\\](u) \\`c\\` \\& \\~d\\~ \\!");
    assertThat(Template.markdownText("# title")).isEqualTo("\\# title");
    assertThat(Template.markdownText("- item")).isEqualTo("\\- item");
    assertThat(Template.markdownText("12. item")).isEqualTo("12\\. item");
    assertThat(Template.markdownText("3.5 of 5")).isEqualTo("3.5 of 5");
    assertThat(Template.markdownText("two\nlines\r\nhere")).isEqualTo("two lines here");
  }

  @Test
  void charactersXmlCannotCarryBecomeTheReplacementMark() {
    assertThat(Template.xmlChars("a\u001bb\uD800c\uFFFEd😀e\t\n")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd😀e\t\n");
  }
}
