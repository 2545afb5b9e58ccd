package io.hcsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Source;
import io.hcsim.core.files.Suggestions;
import io.hcsim.core.loop.LoopFile;
import io.hcsim.core.profile.ProfileFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a YAML or JSON file holds a loop or a candidate profile, told by its top-level keys:
 * each key that only one kind has (or, misspelt, is closest to a key only one kind has) counts
 * for that kind.
 */
enum DocumentKind {
  LOOP,
  PROFILE,
  /** Not a mapping, or its keys point neither way or both ways. */
  UNKNOWN;

  private static final Set<String> LOOP_KEYS = DocumentReader.keys(LoopFile.class);
  private static final Set<String> PROFILE_KEYS = DocumentReader.keys(ProfileFile.class);

  /** The kind, and the keys that told it. */
  record Verdict(DocumentKind kind, List<String> loopKeys, List<String> profileKeys) {
    /** Why the keys point where they do, for a message: "it has the keys noise, rouds of a loop". */
    String why() {
      if (loopKeys.isEmpty() && profileKeys.isEmpty()) {
        return "none of its keys is a candidate profile's or a loop's";
      }
      List<String> parts = new ArrayList<>();
      if (!profileKeys.isEmpty()) {
        parts.add(keyList(profileKeys) + " of a candidate profile");
      }
      if (!loopKeys.isEmpty()) {
        parts.add(keyList(loopKeys) + " of a loop");
      }
      return "it has " + String.join(" and ", parts);
    }

    private static String keyList(List<String> keys) {
      return (keys.size() == 1 ? "the key " : "the keys ") + String.join(", ", keys);
    }
  }

  /** Reads the document's keys (throws its problems if it cannot be read at all). */
  static Verdict of(Source source) throws InvalidInputException {
    JsonNode doc = new DocumentReader().parse(source.name(), source.bytes(), source.json(), JsonNode.class,
        "a candidate profile or a loop");
    List<String> loop = new ArrayList<>();
    List<String> profile = new ArrayList<>();
    if (doc.isObject()) {
      Set<String> all = new LinkedHashSet<>(PROFILE_KEYS);
      all.addAll(LOOP_KEYS);
      doc.fieldNames().forEachRemaining(key -> {
        Optional<String> meant = all.contains(key) ? Optional.of(key) : Suggestions.closest(key, all);
        meant.ifPresent(k -> {
          if (LOOP_KEYS.contains(k) && !PROFILE_KEYS.contains(k)) {
            loop.add(key);
          } else if (PROFILE_KEYS.contains(k) && !LOOP_KEYS.contains(k)) {
            profile.add(key);
          }
        });
      });
    }
    DocumentKind kind = loop.size() > profile.size() ? LOOP : profile.size() > loop.size() ? PROFILE : UNKNOWN;
    return new Verdict(kind, loop, profile);
  }

  /** Like {@link #of}, but UNKNOWN for a document that cannot be read (its reader reports that). */
  static Verdict guess(Source source) {
    try {
      return of(source);
    } catch (InvalidInputException e) {
      return new Verdict(UNKNOWN, List.of(), List.of());
    }
  }
}
