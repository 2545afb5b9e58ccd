/**
 * Interview loops as data: the rounds in order (interviewer, focus weights, must-haves, gate, the
 * level from which a round takes place, its length and the days before it), the loop's noise, the
 * role weights of the overall proficiency, whether interviewers read earlier feedback, and the
 * committee's policy. {@link io.hcsim.core.loop.LoopReader} reads and checks a loop file;
 * {@link io.hcsim.core.loop.LoopExtension} resolves {@code extends:}.
 */
package io.hcsim.core.loop;
