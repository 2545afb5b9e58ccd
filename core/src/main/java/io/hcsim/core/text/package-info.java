/**
 * A short text in every language hcsim writes ({@link io.hcsim.core.text.Text}): the catalogue's
 * questions and rubric notes and the preparation activities carry their words in it. A leaf
 * package, so that the catalogue and the preparation model can both use it without depending on
 * each other for it.
 */
package io.hcsim.core.text;
