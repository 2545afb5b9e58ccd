package io.hcsim.core.files;

import com.google.common.collect.ImmutableList;

/** A value read from a file, with the warnings about defaults the reader filled in. */
public record Loaded<T>(T value, ImmutableList<String> warnings) {}
