package io.hcsim.core.profile;

/** What a candidate's pay expectation is stated as: the yearly total, or year-one cash (base and bonus). */
public enum ExpectationMeasure {
  TOTAL("total"),
  YEAR_ONE_CASH("yearOneCash");

  private final String id;

  ExpectationMeasure(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
