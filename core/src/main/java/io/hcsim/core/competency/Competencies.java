package io.hcsim.core.competency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
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

  public ImmutableList<String> ids() {
    return indexById.keySet().asList();
  }
}
