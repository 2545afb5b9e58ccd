package io.hcsim.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which tokens are kept whole across line ends, and where nothing is touched. */
class UnbrokenTest {
  private static final String U = "<span class=\"unbroken\">";
  private static final String E = "</span>";

  @Test
  void aFigureStaysWithItsUnitInProseInBothLanguages() {
    assertThat(Unbroken.apply("<p>Deconstruct the role 15 h, then 2.5 d and 900,000 CNY.</p>"))
        .isEqualTo("<p>Deconstruct the role " + U + "15 h," + E + " then " + U + "2.5 d" + E + " and " + U + "900,000 CNY."
            + E + "</p>");
    assertThat(Unbroken.apply("<li>吃透公司产品 10小时，四年总包 280万元，一致率+3.5个百分点。</li>"))
        .isEqualTo("<li>吃透公司产品 " + U + "10小时，" + E + "四年总包 " + U + "280万元，" + E + "一致率" + U + "+3.5个百分点。"
            + E + "</li>");
  }

  @Test
  void aWordThatOnlyBeginsLikeAUnitIsNotOne() {
    assertThat(Unbroken.apply("<p>It hires 3 hires in 5 days; 8.2% of them.</p>"))
        .isEqualTo("<p>It hires 3 hires in 5 days; 8.2% of them.</p>");
  }

  @Test
  void aLetterKeepsItsParenthesis() {
    assertThat(Unbroken.apply("<p>raises P(offer) by</p>")).isEqualTo("<p>raises " + U + "P(offer)" + E + " by</p>");
    assertThat(Unbroken.apply("<th>P(offer)</th>")).isEqualTo("<th>" + U + "P(offer)" + E + "</th>");
    assertThat(Unbroken.apply("<p>P(offer at the bar)</p>")).isEqualTo("<p>" + U + "P(offer" + E + " at the bar)</p>");
  }

  @Test
  void shortChineseTermsStayWholeInCellsAndHeadingsButProseBreaksAsChineseDoes() {
    assertThat(Unbroken.apply("<tr><td>生态协同判断</td><th>每10小时的百分点</th></tr>"))
        .isEqualTo("<tr><td>" + U + "生态协同判断" + E + "</td><th>每" + U + "10小时" + E + U + "的百分点" + E + "</th></tr>");
    // a run longer than a term is a phrase: it breaks where a line ends, as Chinese prose does
    assertThat(Unbroken.apply("<td>了解医疗科技法规环境</td>")).isEqualTo("<td>了解医疗科技法规环境</td>");
    assertThat(Unbroken.apply("<p>跨团队影响力</p>")).isEqualTo("<p>跨团队影响力</p>");
    assertThat(Unbroken.apply("<h2>最关键的几点</h2>")).isEqualTo("<h2>" + U + "最关键的几点" + E + "</h2>");
  }

  @Test
  void theHeadChartsBookmarksAndCellsThatNeverWrapAreLeftAlone() {
    String untouched = "<html><head><title>15 h 生态协同判断</title><style>.a { width: 10 h; }</style></head>"
        + "<body><svg><text>15 h</text></svg><table><tr><td class=\"num\">15 h</td><td class=\"r2 x\">倾向推荐</td>"
        + "</tr></table><bookmarks><bookmark name=\"15 h\"/></bookmarks><br/></body></html>";
    assertThat(Unbroken.apply(untouched)).isEqualTo(untouched);
    // after such an element closes, its neighbours are handled again
    assertThat(Unbroken.apply("<td class=\"num\">15 h</td><td>跨团队影响力 15 h</td>"))
        .isEqualTo("<td class=\"num\">15 h</td><td>" + U + "跨团队影响力" + E + " " + U + "15 h" + E + "</td>");
    // punctuation that may not begin a line stays with the term before it
    assertThat(Unbroken.apply("<td>生态协同判断，价值观</td>")).isEqualTo("<td>" + U + "生态协同判断，" + E + U + "价值观" + E + "</td>");
    // a figure column's header wraps, so its words are kept whole
    assertThat(Unbroken.apply("<th class=\"num\">Points per 10 h</th>"))
        .isEqualTo("<th class=\"num\">Points per " + U + "10 h" + E + "</th>");
  }
}
