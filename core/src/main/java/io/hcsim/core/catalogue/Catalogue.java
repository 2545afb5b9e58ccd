package io.hcsim.core.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.competency.Competencies;
import io.hcsim.core.level.Levels;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.pool.ApplicantPool;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Strategy;
import java.util.function.Supplier;

/**
 * Everything the model knows before a user says anything: competencies, levels and bands, the
 * applicant pool, the persona library, the rubric and question banks, preparation activities and
 * strategies, and the names of the bundled loops and profiles. The rubric and question banks
 * load lazily (they are the bulk of the text and only reports use them); a broken bank surfaces
 * as an {@link IllegalStateException} on first use, and the tests load both.
 */
public record Catalogue(
    Competencies competencies,
    Levels levels,
    ApplicantPool pool,
    ImmutableMap<String, Persona> personas,
    Supplier<RubricBank> rubricBank,
    Supplier<ImmutableList<Question>> questionBank,
    ImmutableMap<String, Activity> activities,
    ImmutableMap<String, Strategy> strategies,
    ImmutableList<String> bundledLoops,
    ImmutableList<String> bundledProfiles,
    String defaultLoop,
    String defaultProfile) {

  /** The rubric bank, loaded on first use: simulations never need it. */
  public RubricBank rubrics() {
    return rubricBank.get();
  }

  /** The question bank, loaded on first use. */
  public ImmutableList<Question> questions() {
    return questionBank.get();
  }
}
