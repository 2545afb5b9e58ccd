package io.hcsim.reports.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void chineseAmountsAreInWanAndEnglishOnesInFull() {
    Messages zh = Messages.of(Language.ZH);
    Messages en = Messages.of(Language.EN);
    assertThat(zh.money(612_000, "CNY")).isEqualTo("61.2万元");
    assertThat(zh.money(700_000, "CNY")).isEqualTo("70万元");
    assertThat(zh.money(1_000_000, "USD")).isEqualTo("100万 USD");
    assertThat(en.money(612_000, "CNY")).isEqualTo("612,000 CNY");
    assertThat(zh.count(20_000)).isEqualTo("2万");
    assertThat(en.count(20_000)).isEqualTo("20,000");
    assertThat(zh.date(LocalDate.of(2026, 11, 26))).isEqualTo("2026年11月26日");
    assertThat(zh.list(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙、丙");
    assertThat(en.percent(0.0001)).isEqualTo("<0.1%");
  }

  @Test
  void everyBundleHasTheSameKeysWithTheSamePlaceholders() {
    io.hcsim.core.text.Words en = io.hcsim.core.text.Words.of("en");
    for (String language : io.hcsim.core.text.Words.LANGUAGES) {
      io.hcsim.core.text.Words other = io.hcsim.core.text.Words.of(language);
      // Bundled loops' and profiles' Chinese names and notes are the tables English lacks: in English the file gives them.
      var keys = new java.util.TreeSet<>(other.keys());
      keys.removeIf(k -> (k.startsWith("loopName.") || k.startsWith("profileName.") || k.startsWith("profileNotes.")
          || k.startsWith("roundName.") || k.startsWith("loopNote."))
          && !en.has(k));
      assertThat(keys).as(language).isEqualTo(new java.util.TreeSet<>(en.keys()));
      for (String key : en.keys()) {
        assertThat(placeholders(other.get(key))).as(language + " " + key).isEqualTo(placeholders(en.get(key)));
      }
    }
  }

  /**
   * The arguments a pattern uses, each as its position and conversion: a translation may reorder
   * them, or name one twice ("lower by 0.3 ... higher by 0.3"), but not drop, add or retype one.
   */
  private static java.util.Set<String> placeholders(String pattern) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("%(\\d+\\$)?[-#+0,(]*\\d*(\\.\\d+)?([a-zA-Z%])").matcher(pattern);
    java.util.Set<String> found = new java.util.TreeSet<>();
    int next = 1;
    while (m.find()) {
      if (!m.group().equals("%%") && !m.group().equals("%n")) { // a literal percent sign or line break
        int index = m.group(1) == null ? next++ : Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1));
        found.add(index + ":" + m.group().replaceAll("^%\\d+\\$", "%"));
      }
    }
    return found;
  }

  @Test
  void aBundledLoopIsNamedInChineseAndAnyOtherAsItsFileSays() {
    Messages zh = Messages.of(Language.ZH);
    assertThat(zh.loopName("ali-health-pm", "Ali Health product manager loop")).isEqualTo("阿里健康产品经理面试流程");
    assertThat(zh.loopName("my-loop.yaml", "My loop")).isEqualTo("My loop");
    assertThat(Messages.of(Language.EN).loopName("ali-health-pm", "Ali Health product manager loop"))
        .isEqualTo("Ali Health product manager loop");
    for (String loop : io.hcsim.core.library.Library.bundled().catalogue().bundledLoops()) {
      assertThat(zh.has("loopName." + loop)).as(loop).isTrue();
    }
  }
}
