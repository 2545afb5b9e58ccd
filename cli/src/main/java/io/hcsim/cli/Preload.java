package io.hcsim.cli;

import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.catalogue.CatalogueLoader;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.loop.LoopFile;
import io.hcsim.core.profile.ProfileFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Starts reading the bundled catalogue, and the parts of it the command will use, before picocli
 * builds its command model: the two take about as long, and on a second core they overlap; then
 * the readers of the profile and loop files the command is about to read. Only for a command that
 * reads the catalogue, and not when help or the version is asked for.
 */
final class Preload {
  /** Jackson's binding of the profile and loop files, which it would otherwise build at their first reading. */
  private static final Consumer<Catalogue> READERS = c -> DocumentReader.prepare(ProfileFile.class, LoopFile.class);
  private static final Consumer<Catalogue> PREPARATION = Catalogue::activities;
  private static final Consumer<Catalogue> RUBRICS = Catalogue::rubrics;
  private static final Consumer<Catalogue> QUESTIONS = Catalogue::questions;

  /** What each command reads beyond the catalogue itself, in the order it needs it. */
  private static final Map<String, List<Consumer<Catalogue>>> PARTS = Map.ofEntries(
      Map.entry("simulate", List.of(READERS, PREPARATION)),
      Map.entry("compare", List.of(READERS, PREPARATION)),
      Map.entry("optimize", List.of(READERS, PREPARATION)),
      Map.entry("sensitivity", List.of(READERS, PREPARATION)),
      Map.entry("debrief", List.of(READERS, RUBRICS, QUESTIONS)),
      Map.entry("study", List.of(READERS)),
      Map.entry("score", List.of()),
      Map.entry("validate", List.of()),
      Map.entry("profiles", List.of()),
      Map.entry("loops", List.of()));

  private static final Set<String> NO_WORK = Set.of("-h", "--help", "-V", "--version");

  private Preload() {}

  static void start(String[] args) {
    if (args.length == 0 || !PARTS.containsKey(args[0])) {
      return;
    }
    for (String a : args) {
      if (NO_WORK.contains(a)) {
        return;
      }
    }
    CatalogueLoader.preload(PARTS.get(args[0]));
  }
}
