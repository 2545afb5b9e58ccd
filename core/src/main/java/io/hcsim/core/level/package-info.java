/**
 * Job levels (P5 to P8): each level's bar on the overall proficiency scale and its compensation
 * band, in ascending order with the catalogue's currency.
 */
package io.hcsim.core.level;
