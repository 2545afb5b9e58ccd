package io.hcsim.core.catalogue;

/** A short text in English and Chinese. */
public record Text(String en, String zh) {
  public String in(String language) {
    return "zh".equals(language) ? zh : en;
  }
}
