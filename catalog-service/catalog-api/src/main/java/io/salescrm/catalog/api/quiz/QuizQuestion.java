package io.salescrm.catalog.api.quiz;

import java.util.List;

/**
 * One multiple-choice question about a product's property (the product's name as it was when asked): {@code choices} holds the right value at index
 * {@code correctChoice} among distractors. The correct index never leaves the service before an answer.
 */
public record QuizQuestion(
        String questionId,
        String productId,
        String productName,
        String propertyId,
        String text,
        List<String> choices,
        int correctChoice) {
}
