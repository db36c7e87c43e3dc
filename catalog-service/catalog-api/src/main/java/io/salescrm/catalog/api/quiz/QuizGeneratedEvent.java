package io.salescrm.catalog.api.quiz;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A knowledge-check quiz was generated, with its questions and their correct choices. */
@Revision("1")
public record QuizGeneratedEvent(
        String quizId,
        String title,
        long seed,
        List<QuizQuestion> questions,
        Instant generatedAt,
        String generatedBy) {
}
