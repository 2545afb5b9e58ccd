package io.hcsim.core.competency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import io.hcsim.core.files.Problems;
import java.util.Optional;

/**
 * The ordered set of competencies of a catalogue. The order is fixed by the catalogue file and
 * gives every competency an index, which the engine uses instead of strings.
 */
public final class Competencies {
  private final ImmutableList<Competency> all;
  private final ImmutableMap<String, Integer> indexById;

  public Competencies(List<Competency> competencies) {
    this.all = ImmutableList.copyOf(competencies);
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < all.size(); i++) {
      b.put(all.get(i).id(), i);
    }
    this.indexById = b.buildOrThrow();
  }

  public ImmutableList<Competency> all() {
    return all;
  }

  public int size() {
    return all.size();
  }

  public Competency get(int index) {
    return all.get(index);
  }

  public Optional<Competency> byId(String id) {
    Integer i = indexById.get(id);
    return i == null ? Optional.empty() : Optional.of(all.get(i));
  }

  /** Index of a known id; throws for an unknown one (callers validate ids first). */
  public int indexOf(String id) {
    Integer i = indexById.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown competency: " + id);
    }
    return i;
  }

  /** The competency whose English or Chinese name this is (ignoring case and spaces), if any. */
  public Optional<Competency> byName(String name) {
    String n = name.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    return all.stream()
        .filter(c -> c.nameEn().replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT).equals(n)
            || c.nameZh().replaceAll("\\s+", "").equals(n))
        .findFirst();
  }

  /**
   * Checks that {@code id} names a competency, recording a problem at {@code path} if not: a name
   * given where the id belongs ("产品感", "Product sense") is pointed at its id, a misspelt id at the
   * closest one.
   */
  public boolean check(String id, String path, Problems problems) {
    if (id != null && !indexById.containsKey(id)) {
      Optional<Competency> named = byName(id);
      if (named.isPresent()) {
        problems.add(path, "'" + id + "' is the name of a competency; expected its id '" + named.get().id() + "'");
        return false;
      }
    }
    return problems.known(id, path, "competency", ids());
  }

  public ImmutableList<String> ids() {
    return indexById.keySet().asList();
  }
}
