package io.hcsim.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.hcsim.reports.chart.ChartStyle;
import io.hcsim.reports.chart.SignalChart;
import io.hcsim.reports.font.CjkFont;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTest {
  @Test
  void chineseTextAndAVectorChartRenderAndTheMetadataIsOnlyWhatWasGiven() throws Exception {
    CjkFont font = CjkFont.find(Optional.empty());
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("P6", List.of(0.5, 0.7, 0.8));
    series.put("P7", List.of(0.3, 0.4, 0.6));
    String svg = new SignalChart(List.of("招聘专员", "用人经理", "HR面"), series, 0.7, "置信线 70%", "轮次", "概率 (%)")
        .svg(new ChartStyle(font.awt()), "c1");
    String html = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title><style>body{font-family:'"
        + Pdf.CJK_FAMILY + "'}</style></head><body><h1>面试复盘 强烈推荐录用</h1>" + svg + "</body></html>";
    byte[] pdf = Pdf.render(html, Optional.of(font), "复盘");
    java.nio.file.Files.write(java.nio.file.Path.of("target/pdf-test.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("面试复盘 强烈推荐录用");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("复盘");
    }
  }
}
