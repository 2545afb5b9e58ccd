/**
 * Measurements, not tests: JMH benchmarks of a loop, an experiment, a draw and a preparation plan,
 * and {@code LoopCpuTime}, which times loops per CPU-second of a thread beside their draws and cuts
 * alone ({@code DrawFloor}), for comparing builds on a shared machine. How to run each and what
 * it measured: docs/performance.md.
 */
package io.hcsim.benchmarks;
