/**
 * The competencies a loop assesses, in the catalogue's fixed order (which gives each an index the
 * engine uses instead of strings), and the 1-5 proficiency scale they are all measured on.
 */
package io.hcsim.core.competency;
