package io.salescrm.catalog.api.quiz;

/** The choice (index into the question's choices) an employee picked for one question. */
public record QuizAnswer(String questionId, int choice) {
}
