package io.hcsim.core.text;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word hcsim prints in one language, from one bundle per language
 * ({@code hcsim/text/words_LANG.properties}: sentences as {@link String#format} patterns, the
 * rating scale, the pieces numbers and lists are written with). The reports and the terminal
 * read them through the reports' {@code Messages}; the scorecard reader reads the rating words of
 * every language, so a team may write its ratings as its reports print them. Names that a
 * catalogue or loop file defines (competencies, personas) stay with that file.
 */
public final class Words {
  /** The languages with a bundle, the first the default. */
  public static final List<String> LANGUAGES = List.of("en", "zh");

  private static final Map<String, Words> LOADED = new ConcurrentHashMap<>();

  private final String language;
  private final ImmutableMap<String, String> words;

  private Words(String language, ImmutableMap<String, String> words) {
    this.language = language;
    this.words = words;
  }

  /** The words of {@code language} (one of {@link #LANGUAGES}), read once. */
  public static Words of(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("no words for language '" + language + "'");
    }
    return LOADED.computeIfAbsent(language, Words::load);
  }

  private static Words load(String language) {
    String name = "/hcsim/text/words_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundle " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    p.stringPropertyNames().stream().sorted().forEach(k -> b.put(k, p.getProperty(k)));
    return new Words(language, b.buildOrThrow());
  }

  public String language() {
    return language;
  }

  /** The word or pattern {@code key}; a missing one is a defect of the bundle, never of input. */
  public String get(String key) {
    String w = words.get(key);
    if (w == null) {
      throw new IllegalStateException("no word '" + key + "' in " + language);
    }
    return w;
  }

  public boolean has(String key) {
    return words.containsKey(key);
  }

  /** Every key, for checks that the bundles agree. */
  public java.util.Set<String> keys() {
    return words.keySet();
  }
}
