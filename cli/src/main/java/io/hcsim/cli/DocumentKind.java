package io.hcsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a YAML or JSON file holds a loop or a candidate profile, told by its top-level keys. */
enum DocumentKind {
  LOOP,
  PROFILE,
  /** Not readable, or neither: the proper reader will say why. */
  UNKNOWN;

  /** Reads the file's keys (throws its problems if it cannot be read at all). */
  static DocumentKind of(Path file) throws InvalidInputException {
    JsonNode doc = new DocumentReader().read(file, JsonNode.class, "a candidate profile or a loop");
    if (doc.isObject() && doc.has("rounds")) {
      return LOOP;
    }
    return doc.isObject() && (doc.has("proficiency") || doc.has("targetLevel")) ? PROFILE : UNKNOWN;
  }

  /** Like {@link #of}, but UNKNOWN for a file that cannot be read (its reader reports that). */
  static DocumentKind guess(String ref) {
    Path path = Path.of(ref);
    if (!Files.isRegularFile(path)) {
      return UNKNOWN;
    }
    try {
      return of(path);
    } catch (InvalidInputException e) {
      return UNKNOWN;
    }
  }
}
