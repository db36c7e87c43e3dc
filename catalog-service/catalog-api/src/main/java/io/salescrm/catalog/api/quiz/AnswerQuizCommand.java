package io.salescrm.catalog.api.quiz;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** An employee's answers to a quiz, one attempt; unanswered questions count as wrong. */
public record AnswerQuizCommand(
        @TargetAggregateIdentifier String quizId,
        String attemptId,
        String employeeId,
        List<QuizAnswer> answers) {
}
