/**
 * The standard normal distribution as the model uses it: its CDF ({@link
 * io.hcsim.core.normal.NormalCdf}) and the test phi(z) >= p answered mostly without evaluating it
 * ({@link io.hcsim.core.normal.CdfThreshold}). A leaf package, so that the committee's rule and the
 * signal model can both use it without depending on each other.
 */
package io.hcsim.core.normal;
