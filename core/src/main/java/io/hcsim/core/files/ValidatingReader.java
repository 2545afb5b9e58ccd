package io.hcsim.core.files;

import java.nio.file.Path;

/**
 * Reads one kind of user file: strictly into its file record {@code F} (syntax, keys, types),
 * then through the kind's own checks (ranges, ids, consistency) into the value {@code T}.
 */
public abstract class ValidatingReader<F, T> {
  private final DocumentReader reader = new DocumentReader();
  private final Class<F> fileType;
  private final String what;

  /** @param what the kind of document, for messages: "a loop (keys: ...)" */
  protected ValidatingReader(Class<F> fileType, String what) {
    this.fileType = fileType;
    this.what = what;
  }

  public final Loaded<T> read(Path file) throws InvalidInputException {
    return validate(reader.readDocument(file, fileType, what));
  }

  /** Reads a document already loaded (see {@link DocumentReader#load}). */
  public final Loaded<T> read(Source source) throws InvalidInputException {
    if (source.bundled()) {
      return validate(reader.parseBundledDocument(source.name(), source.bytes(), fileType, what));
    }
    return parse(source.name(), source.bytes(), source.json());
  }

  public final Loaded<T> parse(String name, byte[] bytes, boolean isJson) throws InvalidInputException {
    return validate(reader.parseDocument(name, bytes, isJson, fileType, what));
  }

  /** The kind's own checks; every problem goes to {@code document.problems()}. */
  protected abstract Loaded<T> validate(Document<F> document) throws InvalidInputException;
}
