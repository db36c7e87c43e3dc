package io.salescrm.catalog.quiz.web;

import io.salescrm.catalog.api.quiz.QuizAnswer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /quizzes/{id}/answers}: the choice (0-3) per question; questions left out count as wrong. */
public record AnswersRequest(@NotNull @Size(max = 50) List<@NotNull QuizAnswer> answers) {
}
