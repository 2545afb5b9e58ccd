package io.hcsim.reports.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.core.privacy.Pseudonym;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.library.Library;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.reports.i18n.Language;
import io.hcsim.reports.i18n.Messages;
import io.hcsim.reports.render.Format;
import io.hcsim.simulation.replay.Debrief;
import io.hcsim.simulation.replay.DebriefPlayer;
import io.hcsim.simulation.replay.RoundPacket;
import io.hcsim.simulation.run.LoopPlan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

class DebriefReportTest {
  static final long SEED = 20261125L;
  static Library library;
  static CandidateProfile profile;
  static LoopPlan plan;
  static DebriefPlayer player;

  @BeforeAll
  static void setUp() throws Exception {
    library = Library.bundled();
    profile = library.profile("consumer-pm-to-health").value();
    plan = new LoopPlan(library.catalogue(), library.loop("ali-health-pm").value(), profile.targetLevel());
    player = new DebriefPlayer(plan, profile, SEED, 2);
  }

  private static final Pseudonym KEYED = Pseudonym.keyed("a secret of the hiring team".getBytes(StandardCharsets.UTF_8));

  static Debrief hire(boolean anonymize) {
    long run = player.find(DebriefPlayer.Wanted.HIRE).orElseThrow();
    return player.play(run, "consumer-pm-to-health", "/home/zhang-wei/loops/ali-health-pm.yaml", anonymize ? Optional.of(KEYED) : Optional.empty(),
        LocalDate.of(2026, 11, 26));
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void thePdfHoldsEveryReachedRoundAndTheDecision() throws Exception {
    Debrief d = hire(false);
    Messages en = Messages.of(Language.EN);
    String text = pdfText(DebriefReport.render(d, en, Format.PDF, Optional.empty())).replaceAll("\\s+", " ");
    assertThat(d.rounds().stream().filter(RoundPacket::reached)).hasSizeGreaterThan(3);
    for (RoundPacket p : d.rounds()) {
      if (p.reached()) {
        assertThat(text).contains(en.persona(p.persona()));
        p.record().get().scorecard().ratings().keySet()
            .forEach(c -> assertThat(text).contains(en.competency(library.catalogue(), c)));
      }
    }
    assertThat(text).contains("Hire at " + d.record().decision().level().orElseThrow().id());
  }

  @Test
  void anEnglishPdfShowsAChineseNameAndNeverAStandInGlyph() throws Exception {
    CandidateProfile wang = new io.hcsim.core.profile.ProfileReader(library.catalogue()).parse("wang",
        "name: 王小明\ntargetLevel: P7\nnotes: 八年消费级产品经验\n".getBytes(StandardCharsets.UTF_8), false).value();
    Debrief d = new DebriefPlayer(plan, wang, SEED, 2).play(0, "wang.yaml", "ali-health-pm", Optional.empty(), LocalDate.of(2026, 11, 26));
    String text = pdfText(DebriefReport.render(d, Messages.of(Language.EN), Format.PDF, Optional.empty()));
    assertThat(text).contains("王小明", "八年消费级产品经验", "P(overall at or above the bar)");
  }

  @Test
  void theHtmlIsWellFormedXhtmlWithInlineSvgCharts() throws Exception {
    byte[] html = DebriefReport.render(hire(false), Messages.of(Language.EN), Format.HTML, Optional.empty());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    // The signal, the competencies, and the hire's package as a stacked bar per year.
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(3);
    assertThat(text(html)).contains("id='pay-chart'");
    // text drawn as outlines: the chart needs no font where it is shown
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength()).isZero();
    assertThat(text(html)).contains("viewBox='0.0 0.0 640.0 ");
  }

  @Test
  void chineseOutputUsesTheChineseNamesInEveryFormat() throws Exception {
    Debrief d = hire(false);
    Messages zh = Messages.of(Language.ZH);
    Catalogue cat = library.catalogue();
    RoundPacket first = d.rounds().get(0);
    String persona = first.persona().nameZh();
    String competency = cat.competencies().byId(first.record().orElseThrow().scorecard().ratings().keySet().iterator().next())
        .orElseThrow().nameZh();
    for (Format f : new Format[] {Format.TEXT, Format.MARKDOWN, Format.HTML}) {
      assertThat(text(DebriefReport.render(d, zh, f, Optional.empty()))).as(f.name()).contains(persona, competency, "面试复盘");
    }
    String pdf = pdfText(DebriefReport.render(d, zh, Format.PDF, Optional.empty()));
    assertThat(pdf).contains("面试复盘", persona, "录用");
    assertThat(text(DebriefReport.render(d, zh, Format.TEXT, Optional.empty()))).contains("万元");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void anonymizeLeavesNoTraceOfTheNameNotesOrLoopPath(Format format) throws Exception {
    Debrief d = hire(true);
    for (Language lang : Language.values()) {
      byte[] out = DebriefReport.render(d, Messages.of(lang), format, Optional.empty());
      String all = format == Format.PDF ? pdfText(out) + metadata(out) : text(out);
      assertThat(all).doesNotContain(profile.name()).doesNotContain(profile.notes().strip().substring(0, 30))
          .doesNotContain("zhang-wei").contains(KEYED.code(profile.name()));
    }
  }

  static String metadata(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var info = doc.getDocumentInformation();
      return info.getTitle() + " " + info.getAuthor() + " " + info.getSubject() + " " + info.getKeywords()
          + " " + (doc.getDocumentCatalog().getMetadata() == null ? "" : "xmp");
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theSameLoopGivesTheSameBytesInEveryFormat(Format format) throws Exception {
    for (Language lang : Language.values()) {
      assertThat(DebriefReport.render(hire(false), Messages.of(lang), format, Optional.empty()))
          .isEqualTo(DebriefReport.render(hire(false), Messages.of(lang), format, Optional.empty()));
    }
  }
}
