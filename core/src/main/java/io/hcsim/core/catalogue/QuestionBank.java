package io.hcsim.core.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The questions interviewers ask. A text variant replaces the default questions of each
 * (persona, competency) pair it gives questions for, and keeps the rest.
 */
public record QuestionBank(ImmutableList<Question> questions, ImmutableMap<String, ImmutableList<Question>> variants) {
  /** The questions of a loop that selects {@code variant}; an unknown variant gives the default questions. */
  public ImmutableList<Question> questions(String variant) {
    ImmutableList<Question> own = variants.getOrDefault(variant, ImmutableList.of());
    if (own.isEmpty()) {
      return questions;
    }
    Set<String> replaced = own.stream().map(QuestionBank::pair).collect(Collectors.toSet());
    return Stream.concat(questions.stream().filter(q -> !replaced.contains(pair(q))), own.stream())
        .collect(ImmutableList.toImmutableList());
  }

  private static String pair(Question q) {
    return q.personaId() + "\u0000" + q.competencyId();
  }
}
