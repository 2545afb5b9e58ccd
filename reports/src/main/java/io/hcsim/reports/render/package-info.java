/**
 * Turning a report into bytes: Mustache templates, the report formats, the shared style sheet,
 * and one XHTML document rendered to HTML or PDF with its charts and font.
 */
package io.hcsim.reports.render;
