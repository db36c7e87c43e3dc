package io.salescrm.catalog.quiz.query;

import io.salescrm.catalog.api.quiz.QuestionResult;
import io.salescrm.catalog.api.quiz.QuizAnsweredEvent;
import io.salescrm.catalog.api.quiz.QuizGeneratedEvent;
import io.salescrm.catalog.api.quiz.QuizQuestion;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps {@code quizzes} and {@code quiz_results} from the local event store. Results are written by attempt and
 * product id, so a replayed or repeated event writes the same documents again.
 */
@Component
@ProcessingGroup("quiz-view")
public class QuizProjection {

    private final MongoTemplate mongo;

    public QuizProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(QuizGeneratedEvent event) {
        mongo.save(new QuizView(event.quizId(), event.title(), event.seed(), event.questions(), event.generatedAt(), event.generatedBy()));
    }

    @EventHandler
    void on(QuizAnsweredEvent event) {
        QuizView quiz = mongo.findById(event.quizId(), QuizView.class);
        Map<String, String> productNames = new LinkedHashMap<>();
        if (quiz != null) {
            for (QuizQuestion question : quiz.questions()) {
                productNames.putIfAbsent(question.productId(), question.productName());
            }
        }
        Map<String, int[]> perProduct = new LinkedHashMap<>();
        for (QuestionResult result : event.results()) {
            int[] tally = perProduct.computeIfAbsent(result.productId(), id -> new int[2]);
            tally[0] += result.correct() ? 1 : 0;
            tally[1]++;
        }
        perProduct.forEach((productId, tally) -> mongo.save(new QuizResultView(event.attemptId() + ":" + productId,
                event.employeeId(), productId, productNames.getOrDefault(productId, productId), event.quizId(),
                event.attemptId(), tally[0], tally[1], event.answeredAt())));
    }
}
