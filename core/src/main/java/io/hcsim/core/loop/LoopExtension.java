package io.hcsim.core.loop;

import io.hcsim.core.files.Document;
import io.hcsim.core.files.DocumentReader;
import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.files.Problems;
import io.hcsim.core.files.Source;
import io.hcsim.core.files.Suggestions;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code extends: NAME|FILE}: a loop file that takes another loop and applies its own keys on
 * top. Scalars replace; mappings (noise, committee, roleWeights, personas, a round's focus) replace
 * key by key; rounds are patched by id ({@code remove: true} drops one, a new id goes where
 * {@code after: ID} says, else before the deciding round or at the end). The parent is resolved
 * first, so a chain applies from its root; a file path is taken relative to the extending file.
 */
final class LoopExtension {
  /** The longest chain of extends accepted: deeper is surely a mistake, and a cycle is caught by name. */
  static final int MAX_DEPTH = 8;

  private final List<String> bundled;
  private final DocumentReader reader = new DocumentReader();

  LoopExtension(List<String> bundled) {
    this.bundled = bundled;
  }

  /** The document with its extends resolved (unchanged when it extends nothing). */
  Document<LoopFile> resolve(Document<LoopFile> document) throws InvalidInputException {
    return resolve(document, new ArrayList<>(), document);
  }

  private Document<LoopFile> resolve(Document<LoopFile> doc, List<String> chain, Document<LoopFile> root)
      throws InvalidInputException {
    LoopFile child = doc.value();
    Problems p = doc.problems();
    String where = doc.places().getOrDefault("extends", "");
    if (child.parent() == null) {
      checkNoPatchKeys(child, p);
      p.throwIfAny();
      return doc;
    }
    chain.add(identity(doc.file()));
    if (child.parent().isBlank()) {
      throw InvalidInputException.of(doc.file(), where, "extends: empty; expected a bundled loop name or a loop file");
    }
    Source parentSource = source(child.parent(), doc.file(), where);
    String parentId = identity(parentSource.name());
    if (chain.contains(parentId)) {
      throw InvalidInputException.of(doc.file(), where, "extends: '" + child.parent() + "' leads back to "
          + (chain.get(0).equals(parentId) ? "this file" : parentSource.name()) + " (a cycle); expected a loop that does not extend this one");
    }
    if (chain.size() > MAX_DEPTH) {
      // Named at the file the user gave: every file of the chain may be right on its own.
      throw InvalidInputException.of(root.file(), root.places().getOrDefault("extends", ""), "extends: the chain of loops extending loops is deeper than "
          + MAX_DEPTH + "; expected at most " + MAX_DEPTH + " (extend a loop nearer the root)");
    }
    Document<LoopFile> parent = resolve(parentSource.bundled()
        ? reader.parseBundledDocument(parentSource.name(), parentSource.bytes(), LoopFile.class, LoopReader.WHAT)
        : reader.parseDocument(parentSource.name(), parentSource.bytes(), parentSource.json(), LoopFile.class, LoopReader.WHAT),
        chain, root);
    Map<String, String> places = new HashMap<>();
    LoopFile merged = merge(parent.value(), child, child.parent(), p, doc.places(), places);
    p.throwIfAny();
    return new Document<>(doc.file(), merged, com.google.common.collect.ImmutableMap.copyOf(places));
  }

  /** remove and after only mean something against a parent's rounds. */
  private static void checkNoPatchKeys(LoopFile f, Problems p) {
    if (f.rounds() == null) {
      return;
    }
    for (int i = 0; i < f.rounds().size(); i++) {
      LoopFile.RoundEntry e = f.rounds().get(i);
      if (e != null && e.remove() != null) {
        p.add("rounds[" + i + "].remove", "only a loop that extends another removes rounds; add 'extends: LOOP' or delete the round");
      }
      if (e != null && e.after() != null) {
        p.add("rounds[" + i + "].after", "only a loop that extends another places rounds with 'after'; list the rounds in order instead");
      }
    }
  }

  /** A bundled name or a file relative to the extending file (see {@link LoopReference}). */
  private Source source(String ref, String childName, String where) throws InvalidInputException {
    Path folder = childName.startsWith("loop ") ? null : Path.of(childName).getParent();
    return LoopReference.source(ref, folder, bundled, childName, where, "extends");
  }

  private static String identity(String sourceName) {
    if (sourceName.startsWith("loop ")) {
      return sourceName;
    }
    return Path.of(sourceName).toAbsolutePath().normalize().toString();
  }

  private static LoopFile merge(LoopFile parent, LoopFile child, String parentName, Problems p,
      Map<String, String> childPlaces, Map<String, String> places) {
    if (child.id() == null) {
      p.add("id", "missing; expected this loop's own id (it extends " + parentName + ")");
    }
    LoopFile top = overlay(parent, new LoopFile(child.id(), child.name(), child.description(), child.noise(),
        child.showEarlierFeedback(), child.roleWeights(), child.focusFloor(), child.committee(), child.personas(), null, child.textVariant(),
        null));
    childPlaces.forEach((k, v) -> {
      if (!k.startsWith("rounds")) {
        places.put(k, v);
      }
    });
    List<LoopFile.RoundEntry> rounds = new ArrayList<>(parent.rounds() == null ? List.of() : parent.rounds());
    // Which child entry each merged round came from, to point a later problem at the child's line.
    Map<String, Integer> from = new LinkedHashMap<>();
    List<LoopFile.RoundEntry> patches = child.rounds() == null ? List.of() : child.rounds();
    for (int j = 0; j < patches.size(); j++) {
      LoopFile.RoundEntry e = patches.get(j);
      String path = "rounds[" + j + "]";
      if (e == null || e.id() == null) {
        p.add(path + ".id", "missing; expected the id of a round of " + parentName + " to change, or a new round's id");
        continue;
      }
      int at = indexOf(rounds, e.id());
      if (Boolean.TRUE.equals(e.remove())) {
        if (at < 0) {
          p.add(path + ".remove", Suggestions.unknown("round of " + parentName, e.id(), ids(rounds)));
        } else {
          rounds.remove(at);
        }
        continue;
      }
      LoopFile.RoundEntry merged = at < 0 ? e : overlay(rounds.get(at), e);
      merged = withoutPatchKeys(merged);
      if (at >= 0) {
        rounds.remove(at);
      }
      int insert;
      if (e.after() != null) {
        int after = indexOf(rounds, e.after());
        if (after < 0) {
          p.add(path + ".after", Suggestions.unknown("round of " + parentName, e.after(), ids(rounds)));
          continue;
        }
        insert = after + 1;
      } else if (at >= 0) {
        insert = at;
      } else {
        boolean lastDecides = !rounds.isEmpty() && Boolean.TRUE.equals(rounds.get(rounds.size() - 1).decides());
        insert = lastDecides ? rounds.size() - 1 : rounds.size();
      }
      rounds.add(insert, merged);
      from.put(e.id(), j);
    }
    for (int i = 0; i < rounds.size(); i++) {
      Integer j = from.get(rounds.get(i).id());
      if (j != null) {
        String prefix = "rounds[" + j + "]";
        String target = "rounds[" + i + "]";
        childPlaces.forEach((k, v) -> {
          if (k.equals(prefix) || k.startsWith(prefix + ".")) {
            places.put(target + k.substring(prefix.length()), v);
          }
        });
      }
    }
    return new LoopFile(top.id(), top.name(), top.description(), top.noise(), top.showEarlierFeedback(),
        top.roleWeights(), top.focusFloor(), top.committee(), top.personas(), rounds, top.textVariant(), null);
  }

  private static LoopFile.RoundEntry withoutPatchKeys(LoopFile.RoundEntry e) {
    return new LoopFile.RoundEntry(e.id(), e.persona(), e.hours(), e.focus(), e.mustHave(), e.gate(),
        e.checksCompensation(), e.fromLevel(), e.decides(), e.continueAbove(), e.daysAfterPrevious(), null, null);
  }

  private static int indexOf(List<LoopFile.RoundEntry> rounds, String id) {
    for (int i = 0; i < rounds.size(); i++) {
      if (rounds.get(i) != null && Objects.equals(rounds.get(i).id(), id)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> ids(List<LoopFile.RoundEntry> rounds) {
    return rounds.stream().filter(Objects::nonNull).map(LoopFile.RoundEntry::id).filter(Objects::nonNull).toList();
  }

  /**
   * {@code child}'s keys over {@code parent}'s: a value the child gives replaces the parent's, a
   * mapping is merged key by key, a nested record component by component.
   */
  @SuppressWarnings("unchecked")
  static <T> T overlay(T parent, T child) {
    if (child == null) {
      return parent;
    }
    if (parent == null) {
      return child;
    }
    if (parent instanceof Map<?, ?> pm && child instanceof Map<?, ?> cm) {
      Map<Object, Object> out = new LinkedHashMap<>(pm);
      out.putAll(cm);
      return (T) out;
    }
    Class<?> type = parent.getClass();
    // Only the file records nest; a persona entry (a value of the personas mapping) is replaced whole.
    if (!type.isRecord() || type.getEnclosingClass() != LoopFile.class && type != LoopFile.class) {
      return child;
    }
    try {
      RecordComponent[] components = type.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = overlay(components[i].getAccessor().invoke(parent), components[i].getAccessor().invoke(child));
      }
      return (T) type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot merge " + type.getSimpleName(), e);
    }
  }
}
