package io.salescrm.catalog.api.quiz;

/** How one question of an attempt went: the choice picked (-1 when unanswered), the right one, and the product it was about. */
public record QuestionResult(String questionId, String productId, int chosen, int correctChoice, boolean correct) {
}
