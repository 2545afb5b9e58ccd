package io.hcsim.core.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a YAML or JSON document into a file record, strictly: unknown keys, duplicate keys,
 * wrong types, strings where numbers belong and non-numbers such as NaN are all errors, each
 * turned into one {@link InputProblem} naming the file, the line and column or key path, and
 * what was expected.
 */
public final class DocumentReader {
  private final ObjectMapper yaml = strict(YAMLMapper.builder(new YAMLFactory()));
  private final ObjectMapper json = strict(JsonMapper.builder());

  private static ObjectMapper strict(com.fasterxml.jackson.databind.cfg.MapperBuilder<?, ?> builder) {
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

  /** Reads a file; {@code what} names the kind of document in messages ("a profile"). */
  public <T> T read(Path file, Class<T> type, String what) throws InvalidInputException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(name, "", "is a directory; expected a YAML or JSON file with " + what);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(name, "", "no such file; check the path");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.of(name, "", "cannot be read (permission denied)");
    } catch (IOException e) {
      throw InvalidInputException.of(name, "", "cannot be read: " + e.getMessage());
    }
    boolean isJson = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    return parse(name, bytes, isJson, type, what);
  }

  /** Reads a document already in memory (a bundled resource, or a test's text). */
  public <T> T parse(String name, byte[] bytes, boolean isJson, Class<T> type, String what)
      throws InvalidInputException {
    String text = decodeText(name, bytes);
    if (isBlank(text)) {
      throw InvalidInputException.of(name, "", "the file is empty; expected " + what);
    }
    try {
      T value = (isJson ? json : yaml).readValue(text, type);
      if (value == null) {
        throw InvalidInputException.of(name, "", "the file holds no document; expected " + what);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(describe(name, e, what));
    }
  }

  private static String decodeText(String name, byte[] bytes) throws InvalidInputException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(name, "", "not a text file (not valid UTF-8); expected YAML or JSON");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        throw InvalidInputException.of(
            name, "", "not a text file (control character at offset " + i + "); expected YAML or JSON");
      }
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean isBlank(String text) {
    return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---"));
  }

  private static InputProblem describe(String file, JsonProcessingException e, String what) {
    String where = location(e.getLocation());
    if (e instanceof UnrecognizedPropertyException u) {
      Collection<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      String path = path(u, true);
      String msg = Suggestions.unknown("key", u.getPropertyName(), known);
      return new InputProblem(file, where, (path.isEmpty() ? "" : "in '" + path + "': ") + msg);
    }
    if (e instanceof MismatchedInputException m) {
      String path = path(m, false);
      String expected = describeType(m.getTargetType());
      String at = path.isEmpty() ? "the document" : "'" + path + "'";
      String expectedWhat = path.isEmpty() ? what + " (a mapping of keys)" : expected;
      return new InputProblem(file, where, at + ": wrong type; expected " + expectedWhat);
    }
    if (e instanceof JsonMappingException m && m.getCause() instanceof IllegalArgumentException cause) {
      return new InputProblem(file, where, "'" + path(m, false) + "': " + cause.getMessage());
    }
    if (e instanceof JsonParseException && e.getOriginalMessage().startsWith("Duplicate field")) {
      String key = e.getOriginalMessage().replaceAll("^Duplicate field '([^']*)'.*$", "$1");
      return new InputProblem(file, where, "duplicate key '" + key + "'; each key may appear once");
    }
    String first = e.getOriginalMessage().lines().findFirst().orElse("").strip();
    String syntax = json(file) ? "malformed JSON: " : "malformed YAML: ";
    return new InputProblem(file, where, syntax + first);
  }

  private static boolean json(String file) {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }

  private static String location(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return "";
    }
    return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  /** The key path of the error, such as {@code rounds[2].focus.product_sense}. */
  private static String path(JsonMappingException e, boolean dropLast) {
    List<JsonMappingException.Reference> refs = e.getPath();
    if (dropLast && !refs.isEmpty()) {
      refs = refs.subList(0, refs.size() - 1);
    }
    return refs.stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String describeType(Type type) {
    if (type instanceof ParameterizedType p) {
      type = p.getRawType();
    }
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
    if (type instanceof Class<?> c && (Map.class.isAssignableFrom(c) || c.isRecord())) {
      return "a mapping of keys";
    }
    if (type instanceof Class<?> c && (List.class.isAssignableFrom(c) || c.isArray())) {
      return "a list";
    }
    return "a value of another type";
  }
}
