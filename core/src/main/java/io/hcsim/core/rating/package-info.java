/**
 * The four-point interview scale (Strong No, Lean No, Lean Hire, Strong Hire; no neutral point)
 * and the scorecard one interviewer hands in.
 */
package io.hcsim.core.rating;
