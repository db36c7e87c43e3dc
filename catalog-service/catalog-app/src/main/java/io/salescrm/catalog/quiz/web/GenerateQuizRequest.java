package io.salescrm.catalog.quiz.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /quizzes}: about the products of a section (and its sub-sections) or about listed
 * products (give one of the two); {@code questionCount} defaults to 10; {@code seed} makes the draw reproducible
 * (default: a random one, returned with the quiz).
 */
public record GenerateQuizRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(min = 1, max = 64) String sectionId,
        @Size(min = 1, max = 100) List<@NotBlank @Size(max = 64) String> productIds,
        @Min(1) @Max(50) Integer questionCount,
        Long seed) {
}
