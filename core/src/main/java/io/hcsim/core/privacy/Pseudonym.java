package io.hcsim.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code an anonymised packet shows instead of the candidate's name, such as {@code K7P2-M9QX}:
 * 40 bits in Crockford's base 32 (no I, L, O or U to misread), so a team's few thousand candidates
 * almost never share one. Without a key the code is random, new for every document: nothing in
 * it depends on the name, so no one holding a list of applicants can match the packet to them.
 * With a team's secret key it is an HMAC-SHA256 of the name: the same name gets the same code in
 * every packet made with that key, and only holders of the key can test a name against it.
 */
public final class Pseudonym {
  /** Shortest key accepted: 128 bits, the least an HMAC key should hold. */
  public static final int MIN_KEY_BYTES = 16;
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final String HMAC = "HmacSHA256";

  private final byte[] key; // empty: a random code each time

  private Pseudonym(byte[] key) {
    this.key = key;
  }

  /** A new random code for every document. */
  public static Pseudonym random() {
    return new Pseudonym(new byte[0]);
  }

  /** Codes keyed by a team's secret: stable per name across the team's packets. */
  public static Pseudonym keyed(byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("a key of at least " + MIN_KEY_BYTES + " bytes");
    }
    return new Pseudonym(key.clone());
  }

  public boolean isKeyed() {
    return key.length > 0;
  }

  /** The code for {@code name}: random, or keyed on the name as written (Unicode NFC, trimmed). */
  public String code(String name) {
    byte[] bits = new byte[5];
    if (isKeyed()) {
      try {
        Mac mac = Mac.getInstance(HMAC);
        mac.init(new SecretKeySpec(key, HMAC));
        String normal = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        bits = Arrays.copyOf(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)), 5);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("every Java runtime has " + HMAC, e);
      }
    } else {
      new SecureRandom().nextBytes(bits);
    }
    long v = 0;
    for (byte b : bits) {
      v = (v << 8) | (b & 0xFF);
    }
    StringBuilder s = new StringBuilder(9);
    for (int i = 7; i >= 0; i--) {
      s.append(ALPHABET.charAt((int) (v >>> (5 * i)) & 31));
      if (i == 4) {
        s.append('-');
      }
    }
    return s.toString().toUpperCase(Locale.ROOT);
  }
}
