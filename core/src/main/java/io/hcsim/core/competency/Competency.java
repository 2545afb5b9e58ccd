package io.hcsim.core.competency;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A competency the loop assesses, such as {@code product_sense}. The id is what files and
 * reports use; the names are for people.
 */
public record Competency(String id, String nameEn, String nameZh, String description) {
  public Competency {
    checkArgument(id.matches("[a-z][a-z_]*"), "competency id must be lower_snake_case: %s", id);
  }
}
