package io.hcsim.core.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a YAML or JSON document into a file record, strictly: unknown keys, duplicate keys,
 * wrong types, strings where numbers belong and non-numbers such as NaN are all errors, each
 * turned into one {@link InputProblem} naming the file, the line and column or key path, and
 * what was expected. A {@link DocumentScan} finds them before binding, all at once.
 */
public final class DocumentReader {
  /** The largest file hcsim reads: 1 MB, hundreds of times a real profile or loop. */
  public static final int MAX_BYTES = 1 << 20;

  /** The YAML parsers, built on first use and shared: building a mapper costs tens of ms at start-up. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = strict(YAMLMapper.builder(new YAMLFactory()));
    static final JsonFactory SCAN = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /** The JSON parsers, built only when a JSON file is read. */
  private static final class Json {
    static final ObjectMapper MAPPER = strict(JsonMapper.builder());
    // The scan reads JSON's NaN and Infinity so it can report them as bad values at their key
    // rather than as bare syntax errors; the strict mapper never sees them.
    static final JsonFactory SCAN = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
  }

  /** A block-mapping key at the start of a line (perhaps a list item), then blanks that hold a tab. */
  private static final Pattern TAB_AFTER_KEY = Pattern.compile("(?m)^( *(?:- +)*[A-Za-z_][\\w.-]*:)([ \t\u00a0]*[\t\u00a0][ \t\u00a0]*)");

  private static ObjectMapper strict(MapperBuilder<?, ?> builder) {
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

  /**
   * Builds the binding of these file records ahead of their first reading (Jackson builds a
   * record's deserializer, and those of the records inside it, when it first meets it: tens of
   * milliseconds at start-up), for a thread that has time before they are read.
   */
  public static void prepare(Class<?>... types) {
    for (Class<?> type : types) {
      Yaml.MAPPER.readerFor(type); // builds and caches the deserializer (eager fetch is on)
    }
  }

  /** Reads a file; {@code what} names the kind of document in messages ("a profile"). */
  public <T> T read(Path file, Class<T> type, String what) throws InvalidInputException {
    return readDocument(file, type, what).value();
  }

  /** Reads a document already in memory (a bundled resource, or a test's text). */
  public <T> T parse(String name, byte[] bytes, boolean isJson, Class<T> type, String what)
      throws InvalidInputException {
    return parseDocument(name, bytes, isJson, type, what).value();
  }

  /**
   * Reads a file bundled with hcsim, which its tests have read as strictly as a user's: bound
   * straight away, without the scan that finds every problem at once and notes where each key is
   * (about half the reading). Should it not bind, it is read again with the scan, for the message.
   */
  public <T> T parseBundled(String name, byte[] bytes, Class<T> type, String what) throws InvalidInputException {
    return parseBundledDocument(name, bytes, type, what).value();
  }

  /** As {@link #parseBundled}, as a document; it knows no places, and needs none while it is sound. */
  public <T> Document<T> parseBundledDocument(String name, byte[] bytes, Class<T> type, String what)
      throws InvalidInputException {
    try {
      return new Document<>(name, Yaml.MAPPER.readValue(bytes, type), ImmutableMap.of());
    } catch (IOException e) {
      return parseDocument(name, bytes, false, type, what);
    }
  }

  /** Reads a file, keeping where each key is so that later checks can name the line. */
  public <T> Document<T> readDocument(Path file, Class<T> type, String what) throws InvalidInputException {
    Source source = load(file, what);
    return parseDocument(source.name(), source.bytes(), source.json(), type, what);
  }

  /**
   * Reads a file's bytes, refusing one over {@link #MAX_BYTES} before reading it all: parsing time
   * grows faster than the file, and these files are a few kilobytes.
   */
  public static Source load(Path file, String what) throws InvalidInputException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(name, "", "is a directory; expected a YAML or JSON file with " + what);
    }
    // Opening a named pipe waits for a writer, and a device may never end: only regular files are read.
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw InvalidInputException.of(name, "", "is not a regular file (a device, pipe or socket); expected a YAML or JSON file with "
          + what);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(name, "", "no such file; expected the path of a YAML or JSON file");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(name, "", "cannot be read (permission denied); expected a readable file");
    } catch (IOException e) {
      String reason = e instanceof FileSystemException f && f.getReason() != null ? " (" + f.getReason() + ")" : "";
      throw InvalidInputException.of(name, "", "cannot be read" + reason + "; expected a readable YAML or JSON file");
    }
    if (bytes.length > MAX_BYTES) {
      throw InvalidInputException.of(name, "", "the file is larger than 1 MB; expected " + what
          + " of a few kilobytes (the most hcsim reads is 1 MB)");
    }
    return new Source(name, bytes);
  }

  /**
   * A file's top-level keys, when it reads as a mapping at all; empty for anything else (text that
   * is not YAML, a list, a scalar). Reads without the scan, so nothing of the file reaches a message:
   * for telling whether a file another file names is of the expected kind before quoting it.
   */
  public static Optional<Set<String>> topLevelKeys(Source source) {
    try {
      JsonNode doc = (source.json() ? Json.MAPPER : Yaml.MAPPER).readTree(source.bytes());
      if (doc == null || !doc.isObject()) {
        return Optional.empty();
      }
      Set<String> keys = new LinkedHashSet<>();
      doc.fieldNames().forEachRemaining(keys::add);
      return Optional.of(keys);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The keys of a file record: its components' names, or the name a {@code @JsonProperty} gives (a loop's extends). */
  public static Set<String> keys(Class<? extends Record> file) {
    Set<String> keys = new LinkedHashSet<>();
    for (RecordComponent c : file.getRecordComponents()) {
      JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
      keys.add(renamed == null || renamed.value().isEmpty() ? c.getName() : renamed.value());
    }
    return keys;
  }

  /** Reads a document already in memory, keeping where each key is. */
  public <T> Document<T> parseDocument(String name, byte[] bytes, boolean isJson, Class<T> type, String what)
      throws InvalidInputException {
    String text = decodeText(name, bytes);
    if (text.isBlank()) {
      throw InvalidInputException.of(name, "", "the file is empty; expected " + what);
    }
    if (!isJson && onlyComments(text)) {
      throw InvalidInputException.of(name, "", "the file is empty (only comments); expected " + what);
    }
    if (!isJson) {
      text = tabsAfterKeys(text);
    }
    ImmutableMap<String, String> places = DocumentScan.scan(name, isJson ? Json.SCAN : Yaml.SCAN, text, isJson, type, what);
    try {
      return new Document<>(name, (isJson ? Json.MAPPER : Yaml.MAPPER).readValue(text, type), places);
    } catch (JsonProcessingException e) {
      // The scan catches what a user can get wrong; should Jackson still object, say where at least.
      throw new InvalidInputException(bindingProblem(name, e, places));
    }
  }

  /**
   * Decodes UTF-8, rejecting what is not text (a byte that is not UTF-8, a control character) at
   * the line and column of the first such place.
   */
  private static String decodeText(String name, byte[] bytes) throws InvalidInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
    }
    String text = out.flip().toString(); // all of it, or the part before the first bad byte
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        throw InvalidInputException.of(name, place(text, i), String.format(Locale.ROOT,
            "not a text file: control character U+%04X; expected a YAML or JSON text file", (int) c));
      }
    }
    if (result.isError()) {
      throw InvalidInputException.of(name, place(text, text.length()), String.format(Locale.ROOT,
          "not a text file: byte 0x%02X is not UTF-8; expected a YAML or JSON text file saved as UTF-8", bytes[in.position()]));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * {@code key:<TAB>value} with the tab read as the space it stands for. YAML allows it, but the
   * parser takes any tab it meets there for indentation. A no-break space there (typed by some
   * keyboards and editors, invisible) stands for a space too: YAML would read the whole line as text. A tab is one character, like the space,
   * so every line and column stays where it was.
   */
  static String tabsAfterKeys(String text) {
    if (text.indexOf('\t') < 0 && text.indexOf('\u00a0') < 0) {
      return text;
    }
    Matcher m = TAB_AFTER_KEY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2).replace('\t', ' ').replace('\u00a0', ' ')));
    }
    return m.appendTail(out).toString();
  }

  /** The line and column of {@code text}'s character at {@code offset}. */
  private static String place(String text, int offset) {
    String before = text.substring(0, offset);
    int lineStart = before.lastIndexOf('\n') + 1;
    return InputProblem.at((int) before.chars().filter(c -> c == '\n').count() + 1, offset - lineStart + 1);
  }

  private static boolean onlyComments(String text) {
    return text.lines().map(String::strip)
        .allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---") || l.equals("..."));
  }

  private static InputProblem bindingProblem(String file, JsonProcessingException e, Map<String, String> places) {
    String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
    String place = places.getOrDefault(path, e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? "" : InputProblem.at(e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
    String message = e instanceof MismatchedInputException m && m.getTargetType() != null
        ? "cannot be read; expected " + describeType(m.getTargetType())
        : Syntax.clean(e.getOriginalMessage() == null ? "" : e.getOriginalMessage(), false);
    return new InputProblem(file, place, path.isEmpty() ? message : path + ": " + message);
  }

  /** The key path of a binding error, such as {@code rounds[2].focus.product_sense}. */
  private static String path(List<JsonMappingException.Reference> refs) {
    return refs.stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  /** What a value of a file record's type looks like, in a user's words. */
  static String describeType(Class<?> type) {
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "a value of another kind";
  }
}
