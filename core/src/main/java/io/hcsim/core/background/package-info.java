/**
 * Where a candidate has worked (consumer, e-commerce, health, pharmacy, regulated finance): the
 * words a profile states its background in and an evidence note claims one with, so that a
 * debrief's notes fit the candidate. A leaf: the profile and the catalogue both use it.
 */
package io.hcsim.core.background;
