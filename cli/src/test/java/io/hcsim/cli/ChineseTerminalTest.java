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

  /**
   * The fixed pieces of every English sentence and label that the Chinese bundle does not share;
   * an id that names itself (a strategy's "balanced") is not a label, the Chinese shows it beside its name.
   */
  static Set<String> englishLabels() {
    Words en = Words.of("en");
    Words zh = Words.of("zh");
    Set<String> shared = new HashSet<>();
    zh.keys().forEach(k -> shared.add(zh.get(k)));
    // The last part of every key: an id ("none", "balanced") that a key names is no label, whichever key it is the value of.
    Set<String> ids = new HashSet<>();
    en.keys().forEach(k -> ids.add(k.substring(k.lastIndexOf('.') + 1)));
    Set<String> out = new HashSet<>();
    for (String key : en.keys()) {
      for (String piece : PLACEHOLDER.split(en.get(key))) {
        String p = piece.strip();
        if (WORD.matcher(p).find() && p.length() >= 4 && !shared.contains(p) && !zh.get(key).contains(p)
            && !ids.contains(p)) {
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
    assertThat(englishLabels()).contains("Reading for the recruiting lead", "Inter-rater reliability", "(value ± half the 95% interval)");
  }

  @Test
  void studyInChinese() {
    String plain = Cli.run("study", "-n", "300", "-t", "1", "--lang", "zh").ok().out();
    noEnglishLeft(plain);
    assertThat(plain).contains("决定正确率", "效度", "面试官间一致性", "给招聘负责人的解读：", "阿里健康产品经理面试流程");
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
  @Test
  void compareInChinese() {
    String out = Cli.run("compare", "-n", "300", "-t", "1", "--lang", "zh").ok().out();
    noEnglishLeft(out);
    assertThat(out).contains("各备考方案对比", "最关键的几点", "万元", "均衡准备（balanced）");
  }

  @Test
  void optimizeInChinese() {
    String out = Cli.run("optimize", "-n", "200", "-t", "1", "--lang", "zh").ok().out();
    noEnglishLeft(out);
    assertThat(out).contains("计划内容：", "重点练什么", "回答得差：");
  }

  @Test
  void sensitivityInChinese() {
    String out = Cli.run("sensitivity", "-n", "300", "-t", "1", "--lang", "zh").ok().out();
    noEnglishLeft(out);
    assertThat(out).contains("提升项", "每10小时的百分点", "最关键的几点");
  }

  @Test
  void simulateInChinese() {
    String out = Cli.run("simulate", "-n", "400", "-t", "1", "--lang", "zh").ok().out();
    noEnglishLeft(out);
    assertThat(out).contains("拿到offer的概率：", "面试官大概率给出的评价：", "按你的自评：", "若面试官的评价比这再低0.57：", "；恰好如此：", "最关键的几点",
        "从C端产品转做医疗健康的产品经理（P7）", "业务主管（主管面）（关卡）", "元 ±");
    assertThat(out).doesNotContain("hiring_manager", "recruiter");
    String classic = Cli.run("simulate", "-n", "400", "-t", "1", "--lang", "zh", "-l", "alibaba-classic",
        "-p", "ecommerce-pm-p6").ok().out();
    noEnglishLeft(classic);
    assertThat(classic).contains("一面（业务面）", "电商产品经理（P6）").doesNotContain("business_peer");
  }

  @Test
  void simulateTablesLineUpByTerminalWidth() {
    String out = Cli.run("simulate", "-n", "400", "-t", "1", "--lang", "zh").ok().out();
    List<String> funnel = out.lines().dropWhile(l -> !l.startsWith("  轮次")).takeWhile(l -> !l.isBlank()).toList();
    assertThat(funnel).hasSizeGreaterThan(5);
    int width = io.hcsim.reports.render.Columns.width(funnel.get(0));
    assertThat(funnel).allSatisfy(l -> assertThat(io.hcsim.reports.render.Columns.width(l)).isEqualTo(width));
  }

  @Test
  void debriefAndScoreInChinese() {
    for (String format : List.of("text", "markdown")) {
      String out = Cli.run("debrief", "--lang", "zh", "--format", format, "--outcome", "hire").ok().out();
      noEnglishLeft(out);
      assertThat(out).contains("面试复盘", "逐轮面评", "这次面试流程是否典型");
      noEnglishLeft(Cli.run("debrief", "--lang", "zh", "--format", format, "-l", "alibaba-classic").ok().out());
    }
    String score = Cli.run("score", "unfinished-p7", "--lang", "zh", "--format", "text").ok().out();
    noEnglishLeft(score);
    assertThat(score).contains("如果继续面下去");
  }

  @Test
  void listingsValidationAndInitInChinese(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String loops = Cli.run("loops", "--lang", "zh").ok().out();
    noEnglishLeft(loops);
    assertThat(loops).contains("7轮", "（默认）", "相互独立的现场面试", "闻味官");
    String profiles = Cli.run("profiles", "--lang", "zh").ok().out();
    noEnglishLeft(profiles);
    assertThat(profiles).contains("在一款大型C端App做了八年产品", "（默认）");
    for (String name : List.of("ali-health-pm", "alibaba-classic", "bar-raiser", "consumer-pm-to-health", "ecommerce-pm-p6")) {
      String out = Cli.run("validate", name, "--lang", "zh").ok().out();
      noEnglishLeft(out);
      assertThat(out).contains(name + " 校验通过。");
    }
    Cli.run("init", dir.resolve("refused.yaml").toString(), "--lang", "fr").badInput().oneLine("--lang", "fr");
    assertThat(dir.resolve("refused.yaml")).doesNotExist();
    String init = Cli.run("init", dir.resolve("p.yaml").toString(), "--lang", "zh").ok().out();
    noEnglishLeft(init);
    assertThat(init).startsWith("已写入");
  }

  @Test
  void anUnknownLanguageIsRefusedBeforeAnyWorkEvenWithoutAReport() {
    for (String command : List.of("study", "compare", "optimize", "sensitivity", "simulate")) {
      Cli.run(command, "-t", "1", "--lang", "fr").badInput().oneLine("--lang", "fr");
    }
    Cli.run("loops", "--lang", "fr").badInput().oneLine("--lang", "fr");
    Cli.run("profiles", "--lang", "fr").badInput().oneLine("--lang", "fr");
    Cli.run("validate", "ali-health-pm", "--lang", "fr").badInput().oneLine("--lang", "fr");
  }
}
