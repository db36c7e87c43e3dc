package io.salescrm.catalog.quiz.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * How one employee did on one product in one attempt at a quiz (id {@code <attemptId>:<productId>}), in MongoDB
 * collection {@code quiz_results}; access rights filter it by {@code employeeId} as the responsible employee.
 */
@Document(QuizResultView.COLLECTION)
public record QuizResultView(
        @Id String id,
        @Indexed String employeeId,
        @Indexed String productId,
        String productName,
        @Indexed String quizId,
        String attemptId,
        int correctAnswers,
        int questions,
        @Indexed Instant answeredAt) {

    public static final String COLLECTION = "quiz_results";
    public static final String EMPLOYEE = "employeeId";
}
