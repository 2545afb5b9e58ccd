package io.hcsim.core.files;

/**
 * One thing wrong with a user's input, said in one line: which file, where in it (line and
 * column, or a key path such as {@code proficiency.product_sense}) and what is expected.
 */
public record InputProblem(String file, String where, String message) {
  /** The {@code where} of a problem at a line and column (both counted from 1). */
  public static String at(int line, int column) {
    return "line " + line + ", column " + column;
  }

  /** One line: whatever the file's name, key or value held, control characters show as escapes. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (!where.isEmpty()) {
      s.append(where.startsWith("line") ? ", " : ": ").append(where);
    }
    return Printable.escape(s.append(": ").append(message).toString());
  }
}
