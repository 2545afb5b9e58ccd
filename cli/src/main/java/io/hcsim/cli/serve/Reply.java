package io.hcsim.cli.serve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the server answers: a status, a media type and the bytes; {@code download} names the file
 * a browser saves it as (Content-Disposition: attachment), when it is one.
 */
record Reply(int status, String type, byte[] body, Optional<String> download) {
  static final String JSON = "application/json; charset=utf-8";

  static Reply json(String text) {
    return new Reply(200, JSON, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  static Reply file(String type, byte[] body, String name) {
    return new Reply(200, type, body, Optional.of(name));
  }
}
