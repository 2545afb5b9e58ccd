package io.hcsim.simulation.study;

import com.google.common.collect.ImmutableMap;
import io.hcsim.core.loop.Loop;

/** One loop a study plays: the values of the swept parameters that made it (none for a plain study). */
public record StudyPoint(ImmutableMap<String, String> values, Loop loop) {}
