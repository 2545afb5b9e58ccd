/**
 * Finding a TrueType CJK font for Chinese PDFs (PDFBox cannot embed CFF-flavoured OpenType).
 */
package io.hcsim.reports.font;
