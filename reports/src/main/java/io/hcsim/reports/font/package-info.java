/**
 * The fonts a PDF embeds: a TrueType text font for Latin script in every PDF, and a TrueType CJK
 * font for Chinese text (PDFBox cannot embed CFF-flavoured OpenType).
 */
package io.hcsim.reports.font;
