/**
 * Reading users' files strictly and saying what is wrong in one line each: YAML and JSON into
 * file records with every key's line and column, unknown and duplicate keys, wrong types and
 * out-of-range values as {@link io.hcsim.core.files.InputProblem}s naming the file, the place and
 * the fix, the closest valid name for a misspelling, and user text made safe to print on a
 * terminal. Each kind of file (profile, loop, scorecard, plan) has its own reader elsewhere, built
 * on {@link io.hcsim.core.files.ValidatingReader}.
 */
package io.hcsim.core.files;
