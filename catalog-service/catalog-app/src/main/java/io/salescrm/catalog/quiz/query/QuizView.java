package io.salescrm.catalog.quiz.query;

import io.salescrm.catalog.api.quiz.QuizQuestion;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A generated quiz with its correct choices (never sent out before answering), in MongoDB collection {@code quizzes}. */
@Document(QuizView.COLLECTION)
public record QuizView(
        @Id String id,
        String title,
        long seed,
        List<QuizQuestion> questions,
        @Indexed Instant generatedAt,
        String generatedBy) {

    public static final String COLLECTION = "quizzes";
}
