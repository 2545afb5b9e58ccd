/**
 * Text in every language hcsim writes: every word it prints, in one bundle per language
 * ({@link io.hcsim.core.text.Words}), and the short texts the catalogue carries in each language
 * ({@link io.hcsim.core.text.Text}: questions, rubric notes, preparation activities). A leaf
 * package, so that the catalogue and the preparation model can both use it without depending on
 * each other for it.
 */
package io.hcsim.core.text;
