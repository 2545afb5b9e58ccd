/**
 * What {@code compare}, {@code optimize} and {@code sensitivity} print and write: text, JSON and
 * documents from their finished results, with one set of sentences per language.
 */
package io.hcsim.reports.prep;
