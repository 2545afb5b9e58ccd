package io.hcsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Source;

/** Whether a YAML or JSON file holds a loop or a candidate profile, told by its top-level keys. */
enum DocumentKind {
  LOOP,
  PROFILE,
  /** Not readable, or neither: the proper reader will say why. */
  UNKNOWN;

  /** Reads the document's keys (throws its problems if it cannot be read at all). */
  static DocumentKind of(Source source) throws InvalidInputException {
    JsonNode doc = new DocumentReader().parse(source.name(), source.bytes(), source.json(), JsonNode.class,
        "a candidate profile or a loop");
    if (doc.isObject() && doc.has("rounds")) {
      return LOOP;
    }
    return doc.isObject() && (doc.has("proficiency") || doc.has("targetLevel")) ? PROFILE : UNKNOWN;
  }

  /** Like {@link #of}, but UNKNOWN for a document that cannot be read (its reader reports that). */
  static DocumentKind guess(Source source) {
    try {
      return of(source);
    } catch (InvalidInputException e) {
      return UNKNOWN;
    }
  }
}
