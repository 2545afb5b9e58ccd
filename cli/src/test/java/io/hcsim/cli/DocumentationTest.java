package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's documentation stands on its own: the README is a short front door that starts
 * with the two setup commands, every relative link of README.md and docs/ leads to a file that
 * exists, and no file cites a design document kept outside the repository.
 */
class DocumentationTest {
  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

  @Test
  void theReadmeIsAFrontDoorThatStartsWithTheTwoCommands() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(lines).hasSizeLessThanOrEqualTo(250);
    assertThat(lines.subList(0, 5)).anyMatch(l -> l.startsWith("./hcsim simulate"))
        .anyMatch(l -> l.startsWith("mvn -B verify"));
  }

  @Test
  void everyRelativeLinkOfTheDocsLeadsToAFile() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path doc : markdown()) {
      Matcher m = LINK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        String target = m.group(1);
        if (!target.contains("://") && !Files.exists(doc.getParent().resolve(target))) {
          broken.add(ROOT.relativize(doc) + " -> " + target);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void noFileCitesADesignDocumentOutsideTheRepository() throws IOException {
    String outside = "DESIGN" + ".md"; // spelt apart so that this file does not cite it either
    List<String> citing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path f : files.filter(Files::isRegularFile).filter(DocumentationTest::isSource).toList()) {
        if (Files.readString(f, StandardCharsets.UTF_8).contains(outside)) {
          citing.add(ROOT.relativize(f).toString());
        }
      }
    }
    assertThat(citing).isEmpty();
  }

  private static boolean isSource(Path f) {
    String path = ROOT.relativize(f).toString().replace('\\', '/');
    return !path.startsWith(".git") && !path.contains("target/")
        && path.matches(".*\\.(java|md|yaml|yml|properties|mustache|xml|sh|py|txt)|hcsim|\\.ci/run");
  }

  private static List<Path> markdown() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }
}
