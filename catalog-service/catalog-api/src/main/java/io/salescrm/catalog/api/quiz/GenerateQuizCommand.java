package io.salescrm.catalog.api.quiz;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Records a generated knowledge-check quiz. The questions were drawn from the catalog's product data with the
 * random {@code seed}, so the same data and seed give the same quiz.
 */
public record GenerateQuizCommand(
        @TargetAggregateIdentifier String quizId,
        String title,
        long seed,
        List<QuizQuestion> questions) {
}
