package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.text.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code --lang zh} on the terminal: every command's text is Chinese, with no English label left.
 * The labels looked for are the English bundle's own words (each sentence cut at its placeholders),
 * so a line that forgets to go through the bundle shows up here. Small runs keep it fast.
 */
class ChineseTerminalTest {
  /** A placeholder of a {@link String#format} pattern, where a sentence is cut into fixed pieces. */
  private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[-+#0,(]*\\d*(\\.\\d+)?[a-zA-Z%]");
  /** English fragments worth looking for: at least one word of three letters or more. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

  /** The fixed pieces of every English sentence and label that the Chinese bundle does not share. */
  static Set<String> englishLabels() {
    Words en = Words.of("en");
    Words zh = Words.of("zh");
    Set<String> shared = new HashSet<>();
    zh.keys().forEach(k -> shared.add(zh.get(k)));
    Set<String> out = new HashSet<>();
    for (String key : en.keys()) {
      for (String piece : PLACEHOLDER.split(en.get(key))) {
        String p = piece.strip();
        if (WORD.matcher(p).find() && p.length() >= 4 && !shared.contains(p) && !zh.get(key).contains(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static void noEnglishLeft(String out) {
    assertThat(out).isNotBlank();
    List<String> left = englishLabels().stream().filter(out::contains).sorted().toList();
    assertThat(left).as("English labels in the Chinese text:%n%s", out).isEmpty();
  }

  @Test
  void theLabelsLookedForIncludeTheTerminalsOwn() {
    assertThat(englishLabels()).contains("Reading for the recruiting lead", "Accuracy", "(value ± half the 95% interval)");
  }

  @Test
  void studyInChinese() {
    String plain = Cli.run("study", "-n", "300", "-t", "1", "--lang", "zh").ok().out();
    noEnglishLeft(plain);
    assertThat(plain).contains("准确率", "给招聘负责人的解读：", "阿里健康产品经理面试流程");
    String grid = Cli.run("study", "-n", "200", "-t", "1", "--lang", "zh", "--sweep", "rule=posterior,majority",
        "--sweep", "gates=on,off").ok().out();
    noEnglishLeft(grid);
    assertThat(grid).contains("每录用工时", "（数值 ± 95%置信区间的一半）");
  }

  @Test
  void studyColumnsLineUpByTerminalWidth() {
    String out = Cli.run("study", "-n", "200", "-t", "1", "--lang", "zh", "--sweep", "rounds=2,4").ok().out();
    List<String> table = out.lines().filter(l -> l.matches(".*±\\d.*")).toList();
    assertThat(table).hasSizeGreaterThan(5);
    int width = io.hcsim.reports.render.Columns.width(table.get(0));
    assertThat(table).allSatisfy(l -> assertThat(io.hcsim.reports.render.Columns.width(l)).isEqualTo(width));
  }
}
