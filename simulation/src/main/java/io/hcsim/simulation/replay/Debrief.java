package io.hcsim.simulation.replay;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.level.Level;
import io.hcsim.core.loop.Loop;
import io.hcsim.core.rating.Rating;
import io.hcsim.simulation.run.RoundRules;
import io.hcsim.simulation.trace.LoopAtLevel;
import io.hcsim.simulation.trace.LoopRecord;
import io.hcsim.simulation.trace.RoundRecord;
import io.hcsim.simulation.trace.Stop;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One loop written up as the packet a hiring committee reads, in no language yet: the trace of
 * the loop, and what the debrief adds to it (questions, evidence notes, why it ended, the
 * counterfactual and how typical it was). The views turn it into text, Markdown, JSON or XHTML.
 *
 * @param candidate the name shown (already anonymised when asked)
 * @param candidateNotes the profile's or team's notes about the candidate; empty when anonymised
 * @param profileRef the bundled name or file the profile came from (a report names a bundled
 *     candidate in its language by it); empty for a team's scorecards or when anonymised
 * @param loopRef the bundled name or file the loop came from
 * @param plan the loop as compiled for the target level
 * @param trueProficiency the candidate's proficiency per competency in this loop (drawn around the
 *     profile less its leniency, with its uncertainty, as `simulate` draws it); empty for a real scorecard
 * @param competingOffers competing offers the candidate holds (each moves the offer up its band)
 * @param currentPay the candidate's current pay, on which the offer is anchored, when known
 * @param bestCompeting the best competing offer's amount (the offer matches it within the band), or 0
 * @param run the run number of the loop, or empty for a real scorecard
 * @param rounds one packet per round of the loop for the target level, reached or not
 * @param days per round of the loop for the target level, the days from {@code date} to the working
 *     day it is held on, drawn for this run; empty for a real scorecard or a loop without a complete
 *     calendar
 * @param counterfactual empty when it was not computed (a real scorecard)
 * @param typical empty when it was not computed (a real scorecard)
 * @param remaining for an unfinished real loop, the odds if it goes on; empty otherwise
 */
public record Debrief(
    String candidate,
    boolean anonymized,
    String candidateNotes,
    String profileRef,
    String loopRef,
    LoopAtLevel plan,
    ImmutableMap<String, Double> trueProficiency,
    int competingOffers,
    java.util.OptionalLong currentPay,
    long bestCompeting,
    long seed,
    OptionalLong run,
    LocalDate date,
    LoopRecord record,
    ImmutableList<RoundPacket> rounds,
    ImmutableList<Long> days,
    Optional<Counterfactual> counterfactual,
    Optional<Typical> typical,
    Optional<Remaining> remaining) {

  public Catalogue catalogue() {
    return plan.catalogue();
  }

  public Loop loop() {
    return plan.loop();
  }

  public Level target() {
    return plan.target();
  }

  /** The offer as a package, split by its level's pay structure; empty without an offer or a structure. */
  public Optional<io.hcsim.core.pay.OfferPackage> offerPackage() {
    if (record.offer().isEmpty() || record.decision().level().isEmpty()) {
      return Optional.empty();
    }
    return catalogue().levels().pay(record.decision().level().get()).map(s -> s.split(record.offer().getAsLong()));
  }

  /** The round that ended the loop early, if one did. */
  public Optional<RoundPacket> endedBy() {
    return rounds.stream().filter(r -> r.stop().isPresent()).findFirst();
  }

  /**
   * The record whose own feedback gave {@code end}'s stop: {@code end} itself, else, where the
   * verdict was held to the end of a day played through, the latest interview of that day before it
   * that gives it on its own (a fail, a must-have at Strong No, a veto, a Strong No recommendation).
   */
  public RoundRecord causeOf(RoundRecord end) {
    List<RoundPacket> reached = rounds.stream().filter(RoundPacket::reached).toList();
    int at = reached.stream().map(p -> p.record().get()).toList().indexOf(end);
    for (int i = at; i >= 0; i--) {
      RoundPacket p = reached.get(i);
      if (i < at && !p.round().playedThrough()) {
        break; // the day began after this interview
      }
      if (gives(p, end.stop())) {
        return p.record().get();
      }
    }
    return end;
  }

  private boolean gives(RoundPacket p, Stop stop) {
    RoundRecord r = p.record().get();
    Rating recommendation = r.scorecard().recommendation();
    return switch (stop) {
      case GATE -> recommendation.score() < r.round().passMark();
      case MUST_HAVE -> r.round().mustHave().stream().anyMatch(c -> r.scorecard().ratings().get(c) == Rating.STRONG_NO);
      case VETO -> {
        // The engine's veto rule (with the level a veto holds from): Strong No on the vetoed target.
        int veto = RoundRules.veto(catalogue(), p.persona(), plan.target());
        yield (veto == -1 ? recommendation
            : veto >= 0 ? r.scorecard().ratings().get(catalogue().competencies().get(veto).id()) : null) == Rating.STRONG_NO;
      }
      case TWO_STRONG_NO -> recommendation == Rating.STRONG_NO;
      default -> true;
    };
  }
}
