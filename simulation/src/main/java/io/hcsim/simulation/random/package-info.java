/**
 * Addressed random numbers: a draw is a pure function of (seed, run, site), a SplitMix64 hash of
 * the address and a ziggurat Gaussian, so it does not depend on what came before it or on which
 * thread made it.
 */
package io.hcsim.simulation.random;
