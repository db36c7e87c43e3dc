package io.salescrm.catalog.api.quiz;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** An attempt at a quiz was scored: {@code correctAnswers} of {@code questionCount}, per question in {@code results}. */
@Revision("1")
public record QuizAnsweredEvent(
        String quizId,
        String attemptId,
        String employeeId,
        List<QuestionResult> results,
        int correctAnswers,
        int questionCount,
        Instant answeredAt) {
}
