package io.hcsim.core.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Primitives;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One pass over a document's tokens before Jackson binds it to a file record. Jackson stops at
 * the first problem and, for records, reports it at the end of the enclosing mapping; this pass
 * follows the record's shape instead, so it finds every unknown key and every value of the wrong
 * type at once, each at its own line and column. It also records where each key path starts, so
 * that the checks made after binding (ranges, ids) can point at the line too.
 */
final class DocumentScan {
  /** YAML's and JSON's spellings of not-a-number and infinity: .nan, -.Inf, NaN, Infinity. */
  private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*");

  /** Digits after a leading zero, as in 0700000 or 00.5 (but not 0.5 or 0). */
  private static final Pattern LEADING_ZERO = Pattern.compile("0\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?");
  private static final Set<Class<?>> NUMERIC = Set.of(Double.class, Long.class, Integer.class);

  /** The scalar types of file records, which the scan checks values against. */
  private static final Set<Class<?>> SCALARS = Set.of(String.class, Double.class, Long.class, Integer.class, Boolean.class);

  private final String file;
  private final JsonParser parser;
  private final boolean json;
  private final Map<String, String> places = new HashMap<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private DocumentScan(String file, JsonParser parser, boolean json) {
    this.file = file;
    this.parser = parser;
    this.json = json;
  }

  /**
   * Scans {@code text} as a {@code type}; returns where each key path starts, or throws every
   * problem found (a syntax error ends the scan, so it is the last one).
   */
  static ImmutableMap<String, String> scan(
      String file, JsonFactory factory, String text, boolean json, Class<?> type, String what)
      throws InvalidInputException {
    try (JsonParser parser = factory.createParser(text)) {
      DocumentScan scan = new DocumentScan(file, parser, json);
      try {
        scan.document(type, what);
      } catch (JsonProcessingException e) {
        scan.problems.add(scan.syntax(e));
      }
      if (!scan.problems.isEmpty()) {
        throw new InvalidInputException(scan.problems);
      }
      return ImmutableMap.copyOf(scan.places);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a parser over a string has no I/O of its own to fail
    }
  }

  private void document(Class<?> type, String what) throws IOException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      String found = first == JsonToken.VALUE_NULL ? "empty (null)" : found(first);
      problems.add(new InputProblem(file, here(), "the document is " + found + "; expected " + what
          + ", written as a mapping of keys"));
      return;
    }
    value(type, "");
    if (parser.nextToken() != null) {
      problems.add(new InputProblem(file, here(), json
          ? "more text after the end of the JSON object; expected one object per file"
          : "a second YAML document starts here; expected one document per file"));
    }
  }

  /**
   * Checks the value at the parser's current token against {@code expected}, and what it holds. A
   * type the scan does not check (a tree such as JsonNode) takes any value whose numbers are finite.
   */
  private void value(Type expected, String path) throws IOException {
    Class<?> raw = raw(expected);
    boolean any = raw == Object.class;
    JsonToken token = parser.currentToken();
    // YAML's `key:` with nothing after it reads as empty text; where text is not wanted, Jackson
    // binds it as null, like a missing value, which is for the file's own checks to judge
    boolean emptyText = token == JsonToken.VALUE_STRING && parser.getText().isEmpty() && raw != String.class;
    if (token == JsonToken.VALUE_NULL || emptyText) {
      return;
    }
    if (token == JsonToken.START_OBJECT && (any || raw.isRecord() || Map.class.isAssignableFrom(raw))) {
      mapping(expected, raw, path);
    } else if (token == JsonToken.START_ARRAY && (any || List.class.isAssignableFrom(raw))) {
      list(argument(expected, 0), path);
    } else {
      String problem = scalar(token, raw);
      if (problem != null) {
        add(here(), path, problem);
      }
      parser.skipChildren();
    }
  }

  private void mapping(Type expected, Class<?> raw, String path) throws IOException {
    Map<String, Type> fields = raw.isRecord() ? fields(raw) : null;
    boolean wholeNumberKeys = fields == null && raw(argument(expected, 0)) == Integer.class;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String place = here();
      String unfit = unfit(key);
      if (unfit != null) {
        add(place, path, "a key " + unfit);
        parser.nextToken();
        parser.skipChildren();
        continue;
      }
      String at = path.isEmpty() ? key : path + "." + key;
      places.put(at, place);
      parser.nextToken();
      Type child = fields == null ? argument(expected, 1) : fields.get(key);
      if (child == null) {
        add(place, path, Suggestions.unknown("key", key, fields.keySet()));
        parser.skipChildren();
      } else if (wholeNumberKeys && !key.matches("-?\\d{1,9}")) {
        add(place, path, "key '" + key + "' is not a whole number; expected whole numbers as keys here");
        parser.skipChildren();
      } else {
        value(child, at);
      }
    }
  }

  private void list(Type element, String path) throws IOException {
    int i = 0;
    for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      String at = path + "[" + i++ + "]";
      places.put(at, here());
      value(element, at);
    }
  }

  /** What is wrong with a scalar (or a list or mapping where a scalar belongs); null if nothing. */
  private String scalar(JsonToken token, Class<?> raw) throws IOException {
    String text = token.isScalarValue() ? parser.getText() : "";
    if (token == JsonToken.VALUE_STRING) {
      String unfit = unfit(text);
      if (unfit != null) {
        return unfit;
      }
    }
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      return "an alias (*" + text + ") is not supported here; expected the value written out";
    }
    if (!json && (token.isNumeric() || (token == JsonToken.VALUE_STRING && NUMERIC.contains(raw)))) {
      String notDecimal = notDecimal(text);
      if (notDecimal != null) {
        return notDecimal;
      }
    }
    if ((raw == Double.class || raw == Object.class) && token.isNumeric()) {
      return NON_FINITE.matcher(text).matches() ? "'" + text + "' is not a number; expected a finite number" : null;
    }
    if (raw == Object.class) {
      return null;
    }
    if ((raw == Long.class || raw == Integer.class) && token == JsonToken.VALUE_NUMBER_INT) {
      NumberType size = parser.getNumberType();
      boolean fits = size == NumberType.INT || (raw == Long.class && size == NumberType.LONG);
      return fits ? null : "the number " + text + " is too large; expected a whole number";
    }
    if (raw == Boolean.class && token.isBoolean()) {
      return null;
    }
    if (raw == String.class && token.isScalarValue()) {
      return null; // a number or a boolean reads fine as text: `name: 2024` is a label like any other
    }
    String quoted = token == JsonToken.VALUE_STRING && raw != String.class && NUMBER.matcher(text).matches()
        ? ", written without quotes" : "";
    return "found " + found(token) + "; expected " + DocumentReader.describeType(raw) + quoted;
  }

  /**
   * What is wrong with a text value or a key, or null: a character no report or terminal should
   * be handed (a control character but a line break or tab, half a surrogate pair, a noncharacter).
   * Any text can reach a report, so every text field of every file is held to it.
   */
  private static String unfit(String text) {
    int at = Printable.firstUnfit(text, true);
    return at < 0 ? null : String.format(Locale.ROOT, "holds %s at character %d; expected printable text: remove it",
        Printable.describe(text, at), text.codePointCount(0, at) + 1);
  }

  /**
   * Why a YAML number is not plain decimal, or null if it is. YAML 1.1 reads 0700000 as octal and
   * 0x10 as hex, which no one writing a salary or a count means; JSON has no such forms.
   */
  private static String notDecimal(String text) {
    String t = text.strip();
    String digits = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    String base = digits.length() < 2 || digits.charAt(0) != '0' ? "" : switch (digits.charAt(1)) {
      case 'x', 'X' -> "a hexadecimal";
      case 'o', 'O' -> "an octal";
      case 'b', 'B' -> "a binary";
      default -> "";
    };
    if (!base.isEmpty()) {
      return t + " is " + base + " number; expected a decimal number";
    }
    if (LEADING_ZERO.matcher(digits).matches()) {
      String decimal = digits.replaceFirst("^0+(?=\\d)", "");
      return t + " has a leading zero; expected a decimal number such as " + (t.startsWith("-") ? "-" : "") + decimal;
    }
    return null;
  }

  private String found(JsonToken token) throws IOException {
    if (token == null) {
      return "empty";
    }
    return switch (token) {
      case START_OBJECT -> "a mapping of keys";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "text '" + shorten(parser.getText()) + "'";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
      case VALUE_TRUE, VALUE_FALSE -> "the value " + parser.getText();
      default -> "a value of another kind";
    };
  }

  private static String shorten(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 40 ? line : line.substring(0, 37) + "...";
  }

  private InputProblem syntax(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String place = place(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
    if (original.startsWith("Duplicate field '")) {
      String key = original.substring("Duplicate field '".length(), original.lastIndexOf('\''));
      String in = path(parser.getParsingContext().getParent());
      return problem(place, in, "duplicate key '" + key + "'; each key may appear only once");
    }
    if (e.getCause() instanceof MarkedYAMLException yaml) {
      // SnakeYAML says where the problem is (the "problem mark"); Jackson says where it gave up
      Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
      if (mark != null) {
        place = InputProblem.at(mark.getLine() + 1, mark.getColumn() + 1);
      }
      String what = (yaml.getProblem() == null ? "" : yaml.getProblem())
          + (yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")");
      return new InputProblem(file, place, "malformed YAML: " + Syntax.clean(what, false));
    }
    return new InputProblem(file, place, (json ? "malformed JSON: " : "malformed YAML: ") + Syntax.clean(original, json));
  }

  private void add(String place, String path, String message) {
    problems.add(problem(place, path, message));
  }

  private InputProblem problem(String place, String path, String message) {
    return new InputProblem(file, place, path.isEmpty() ? message : path + ": " + message);
  }

  private String here() {
    return place(parser.currentTokenLocation());
  }

  private static String place(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : InputProblem.at(location.getLineNr(), location.getColumnNr());
  }

  /** The key path of a parsing context, in the form the readers use: {@code rounds[2].focus}. */
  private static String path(JsonStreamContext context) {
    StringBuilder s = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        s.insert(0, "[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        s.insert(0, "." + c.getCurrentName());
      }
    }
    return s.toString().replaceFirst("^\\.", "");
  }

  private static Map<String, Type> fields(Class<?> record) {
    Map<String, Type> fields = new LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      // A key that is a Java keyword (extends) is a component with another name and @JsonProperty.
      JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
      fields.put(renamed == null || renamed.value().isEmpty() ? c.getName() : renamed.value(), c.getGenericType());
    }
    return fields;
  }

  /** The class a value must have; Object for a type the scan does not check. */
  private static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType p) {
      type = p.getRawType();
    }
    Class<?> c = type instanceof Class<?> k ? Primitives.wrap(k) : Object.class;
    boolean checked = SCALARS.contains(c) || c.isRecord() || Map.class.isAssignableFrom(c) || List.class.isAssignableFrom(c);
    return checked ? c : Object.class;
  }

  private static Type argument(Type type, int i) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
  }
}
