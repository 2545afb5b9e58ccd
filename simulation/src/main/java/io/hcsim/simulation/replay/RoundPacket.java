package io.hcsim.simulation.replay;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.loop.Round;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.text.Text;
import io.hcsim.simulation.replay.RoundPacket;
import io.hcsim.simulation.trace.RoundRecord;
import io.hcsim.simulation.trace.Stop;
import java.util.Optional;

/**
 * One round of the packet: who interviewed, what they asked, what they wrote. A round that was
 * not reached has no record and nothing else.
 *
 * @param record the ratings, recommendation and the committee's belief after it; empty when not reached
 * @param questions the questions asked, from the question bank
 * @param notes per competency rated, the interviewer's evidence note (from the rubric bank, or the
 *     team's own notes for a real scorecard)
 * @param teamNote the hiring team's own note on the round (a real scorecard)
 * @param stop why the loop ended at this round, if it did (the engine's reason; a report names the
 *     reasons it knows and says only where the loop ended for any other)
 */
public record RoundPacket(
    Round round,
    Persona persona,
    Optional<RoundRecord> record,
    ImmutableList<Text> questions,
    ImmutableMap<String, Text> notes,
    Optional<String> teamNote,
    Optional<Stop> stop) {

  public boolean reached() {
    return record.isPresent();
  }
}
