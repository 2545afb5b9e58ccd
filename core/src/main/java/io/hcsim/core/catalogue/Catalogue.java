package io.hcsim.core.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.hcsim.core.competency.Competencies;
import io.hcsim.core.level.Levels;
import io.hcsim.core.persona.Persona;
import io.hcsim.core.pool.ApplicantPool;
import io.hcsim.core.prep.Activity;
import io.hcsim.core.prep.Strategy;

/**
 * Everything the model knows before a user says anything: competencies, levels and bands, the
 * applicant pool, the persona library, the rubric and question banks, preparation activities and
 * strategies, and the names of the bundled loops and profiles.
 */
public record Catalogue(
    Competencies competencies,
    Levels levels,
    ApplicantPool pool,
    ImmutableMap<String, Persona> personas,
    RubricBank rubrics,
    ImmutableList<Question> questions,
    ImmutableMap<String, Activity> activities,
    ImmutableMap<String, Strategy> strategies,
    ImmutableList<String> bundledLoops,
    ImmutableList<String> bundledProfiles,
    String defaultLoop,
    String defaultProfile) {}
