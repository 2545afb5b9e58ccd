package io.hcsim.core.files;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a parser's syntax message into one line a user can act on: no Java names, no "[Source:
 * ...]" fragments, and a hint of what is expected.
 */
final class Syntax {
  /** Jackson names the source and a position inside its messages: keep the position only. */
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
  /** "('}' (code 125))": the character code says nothing more than the character. */
  private static final Pattern CODE = Pattern.compile(" \\(code -?\\d+\\)");
  /** The scan lets JSON's NaN through to report it as a value: its syntax messages must not say so. */
  private static final Pattern NON_NUMERIC = Pattern.compile(" \\(or 'NaN'/'\\+INF'/'-INF'\\)");
  /** "(1000, from `StreamReadConstraints.getMaxNestingDepth()`)": the setting behind a limit. */
  private static final Pattern SETTING = Pattern.compile(",? from `[^`]*`");
  /** "(not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)": a setting. */
  private static final Pattern FEATURE = Pattern.compile("\\s*\\([^()]*Feature[^()]*\\)");
  /** Anything still naming code after cleaning: a message a user could not act on. */
  private static final Pattern CODE_LEFT = Pattern.compile(
      "(?i).*(exception|feature|`|\\bjava\\.|com\\.fasterxml|org\\.yaml|io\\.hcsim|\\[source).*");

  /** The message already says what was expected ("was expecting", "expected ']'"). */
  private static final Pattern EXPECTED = Pattern.compile("\\bexpect");

  private Syntax() {}

  static String clean(String message, boolean json) {
    String s = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    s = SOURCE.matcher(s).replaceAll("line $1, column $2");
    s = CODE.matcher(s).replaceAll("");
    s = NON_NUMERIC.matcher(s).replaceAll("");
    s = SETTING.matcher(s).replaceAll("");
    s = FEATURE.matcher(s).replaceAll("");
    s = s.replace("\\t(TAB)", "TAB");
    if (s.isEmpty() || CODE_LEFT.matcher(s).matches()) {
      s = "the text cannot be read here";
    }
    s = s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    if (!EXPECTED.matcher(s).find()) {
      s += json ? "; expected well-formed JSON" : "; expected well-formed YAML (check the indentation, quotes and brackets)";
    }
    return s;
  }
}
