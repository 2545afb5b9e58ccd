package io.hcsim.core.background;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a candidate has worked, as a profile states it ({@code background: [consumer]}) and as an
 * evidence note claims it ("led a product that passes prescriptions from hospitals to pharmacies"
 * claims {@link #HEALTH} and {@link #PHARMACY}). A profile that states its background is read
 * strictly: a debrief gives it no note that claims a background it does not list, nor one that
 * denies one it does.
 */
public enum Background {
  /** Consumer internet products: apps, growth, user experience. */
  CONSUMER("consumer"),
  /** An e-commerce marketplace. */
  ECOMMERCE("ecommerce"),
  /** Health products: hospitals, online consultation, chronic care. */
  HEALTH("health"),
  /** Pharmacy and prescription flows: pharmacist review, prescription drugs, insurance payment. */
  PHARMACY("pharmacy"),
  /** A regulated finance product (KYC, licences). */
  REGULATED_FINANCE("regulated-finance");

  private final String id;

  Background(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Background> of(String id) {
    return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Background::id).toList();
  }
}
