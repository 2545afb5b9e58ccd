/**
 * The languages of the reports (English and Chinese) and how each writes: the language's words
 * (from its one bundle in {@code io.hcsim.core.text.Words}), the names of competencies and
 * personas from the catalogue, and numbers, amounts and dates as its readers write them.
 */
package io.hcsim.reports.i18n;
