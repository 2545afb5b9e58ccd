package io.hcsim.reports.simulate;

import com.google.common.collect.ImmutableList;
import io.hcsim.core.catalogue.Catalogue;
import io.hcsim.core.profile.CandidateProfile;
import io.hcsim.simulation.experiment.Summary;
import io.hcsim.simulation.prep.Sensitivity.Lever;
import java.util.OptionalLong;

/**
 * Everything `hcsim simulate` reports: the summary of the experiment, the levers (P(offer) with
 * each competency raised, on the same draws), and what the user asked for.
 *
 * @param profileRef the bundled name or file the profile came from
 * @param loopRef the bundled name or file the loop came from
 * @param rule the id of the decision rule the loop's committee applies
 * @param overall the candidate's true overall proficiency under the loop's role weights
 * @param rounds the rounds of the loop for the target level, in order
 * @param elapsedMillis wall time of the experiment, reported only on request
 * @param threads how many threads ran it (does not change results)
 */
public record SimulationResult(
    String profileRef,
    String loopRef,
    String rule,
    CandidateProfile profile,
    double overall,
    Summary summary,
    ImmutableList<io.hcsim.core.loop.Round> rounds,
    ImmutableList<Lever> levers,
    Catalogue catalogue,
    OptionalLong elapsedMillis,
    int threads) {}
