package io.hcsim.core.catalogue;

import com.google.common.collect.ImmutableSet;
import io.hcsim.core.background.Background;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * What an evidence note says about the candidate beyond its rating, so that a debrief's notes
 * agree with the profile and with each other: the backgrounds it claims ("built a hospital's
 * app": health) and denies ("prescriptions are all new": not pharmacy), and the rules of the
 * domain it shows the candidate knows ("a pharmacist reviews it, and only then is the order paid":
 * prescription-first) or does not ("would take payment first": unaware of prescription-first).
 */
public record NoteClaims(ImmutableSet<Background> background, ImmutableSet<Background> without,
    ImmutableSet<String> knows, ImmutableSet<String> unaware) {
  public static final NoteClaims NONE = new NoteClaims(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

  /**
   * Whether the note can be written of a candidate with {@code profile}'s background: every
   * background it claims is listed and none it denies is. An unstated background rules nothing out.
   */
  public boolean fits(Set<Background> profile) {
    return profile.isEmpty() || (profile.containsAll(background) && Collections.disjoint(profile, without));
  }

  /** Whether the note contradicts what earlier notes showed: rule id → known (true) or not (false). */
  public boolean contradicts(Map<String, Boolean> shown) {
    return knows.stream().anyMatch(r -> Boolean.FALSE.equals(shown.get(r)))
        || unaware.stream().anyMatch(r -> Boolean.TRUE.equals(shown.get(r)));
  }

  /** Records in {@code shown} what this note shows the candidate knows and does not. */
  public void record(Map<String, Boolean> shown) {
    knows.forEach(r -> shown.put(r, true));
    unaware.forEach(r -> shown.put(r, false));
  }
}
