/**
 * The languages of the reports (English and Chinese) and the words of each: message bundles,
 * names from the catalogue, numbers and amounts.
 */
package io.hcsim.reports.i18n;
