package io.hcsim.core.text;

import io.hcsim.core.text.Text;



/** A short text in English and Chinese. */
public record Text(String en, String zh) {
  public String in(String language) {
    return "zh".equals(language) ? zh : en;
  }

  // equals and hashCode as a record's, written out for the reason Level gives (a cold debrief
  // would otherwise spin method-handle classes at the first note it sets aside).
  @Override
  public boolean equals(Object o) {
    return o instanceof Text t && java.util.Objects.equals(en, t.en) && java.util.Objects.equals(zh, t.zh);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(en) * 31 + java.util.Objects.hashCode(zh);
  }
}
