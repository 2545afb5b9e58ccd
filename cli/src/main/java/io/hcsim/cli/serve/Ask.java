package io.hcsim.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hcsim.core.files.Problems;
import io.hcsim.core.files.Suggestions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One API request's JSON object, read strictly: each value is checked for its type and range as
 * it is taken, and a bad one refuses the request naming its key (so the page shows the message
 * beside that control).
 */
final class Ask {
  static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root;

  private Ask(ObjectNode root) {
    this.root = root;
  }

  static Ask parse(byte[] body) throws Refusal {
    if (body.length == 0) {
      return new Ask(JSON.createObjectNode());
    }
    JsonNode node;
    try {
      node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw Refusal.of(400, "the request is not JSON (" + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "); expected a JSON object");
    }
    if (node == null || !node.isObject()) {
      throw Refusal.of(400, "the request is not a JSON object; expected {\"profile\": ..., \"loop\": ...}");
    }
    return new Ask((ObjectNode) node);
  }

  boolean has(String field) {
    return root.hasNonNull(field);
  }

  JsonNode node(String field) {
    return root.path(field);
  }

  long integer(String field, long fallback, long min, long max) throws Refusal {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.canConvertToLong() || !n.isIntegralNumber()) {
      throw Refusal.badField(field, "'" + n + "' is not a whole number; expected " + range(min, max));
    }
    long v = n.asLong();
    if (v < min || v > max) {
      throw Refusal.badField(field, String.format(Locale.ROOT, "%,d is out of range; expected %s", v, range(min, max)));
    }
    return v;
  }

  double number(String field, double fallback, double min, double max) throws Refusal {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
      throw Refusal.badField(field, "'" + n + "' is not a number; expected " + Problems.fmt(min) + " to " + Problems.fmt(max));
    }
    double v = n.asDouble();
    if (v < min || v > max) {
      throw Refusal.badField(field, Problems.fmt(v) + " is out of range; expected " + Problems.fmt(min) + " to " + Problems.fmt(max));
    }
    return v;
  }

  /** One of {@code allowed}, or {@code fallback} when the key is absent. */
  String choice(String field, String fallback, Collection<String> allowed) throws Refusal {
    Optional<String> v = text(field);
    if (v.isEmpty()) {
      return fallback;
    }
    if (!allowed.contains(v.get())) {
      throw Refusal.badField(field, Suggestions.unknown(field, v.get(), allowed));
    }
    return v.get();
  }

  /** Several of {@code allowed}, each once; empty when the key is absent. */
  List<String> choices(String field, Collection<String> allowed) throws Refusal {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw Refusal.badField(field, "expected a list such as [\"balanced\", \"mock-heavy\"]");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : n) {
      String v = e.asText();
      if (!e.isTextual() || !allowed.contains(v)) {
        throw Refusal.badField(field, Suggestions.unknown(field, e.isTextual() ? v : e.toString(), allowed));
      }
      if (out.contains(v)) {
        throw Refusal.badField(field, "'" + v + "' is named twice; name each once");
      }
      out.add(v);
    }
    return out;
  }

  Optional<String> text(String field) throws Refusal {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      throw Refusal.badField(field, "'" + n + "' is not text");
    }
    return Optional.of(n.asText());
  }

  private static String range(long min, long max) {
    return String.format(Locale.ROOT, "%,d to %,d", min, max);
  }
}
