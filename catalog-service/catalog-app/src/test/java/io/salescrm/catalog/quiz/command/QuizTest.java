package io.salescrm.catalog.quiz.command;

import io.salescrm.catalog.api.quiz.AnswerQuizCommand;
import io.salescrm.catalog.api.quiz.GenerateQuizCommand;
import io.salescrm.catalog.api.quiz.QuestionResult;
import io.salescrm.catalog.api.quiz.QuizAnswer;
import io.salescrm.catalog.api.quiz.QuizAnsweredEvent;
import io.salescrm.catalog.api.quiz.QuizGeneratedEvent;
import io.salescrm.catalog.api.quiz.QuizQuestion;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

class QuizTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final QuizQuestion COLOUR = new QuizQuestion("q1", "p1", "Pump", "colour", "What is the colour of Pump?",
            List.of("red", "green", "blue", "black"), 2);
    private static final QuizQuestion POWER = new QuizQuestion("q2", "p2", "Fan", "power", "What is the power of Fan?",
            List.of("1 W", "2 W", "3 W", "4 W"), 0);

    private FixtureConfiguration<Quiz> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Quiz.class);
    }

    @Test
    void aGeneratedQuizKeepsItsQuestionsAndSeed() {
        fixture.givenCurrentTime(NOW)
                .when(new GenerateQuizCommand("quiz-1", "Pumps", 42, List.of(COLOUR, POWER)), Map.of("actorId", "head-1"))
                .expectEvents(generated());
    }

    @Test
    void aQuizWithoutQuestionsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new GenerateQuizCommand("quiz-1", "Pumps", 42, List.of()))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aQuestionNeedsFourDistinctChoices() {
        QuizQuestion twice = new QuizQuestion("q1", "p1", "Pump", "colour", "?", List.of("red", "red", "blue", "black"), 0);
        fixture.givenNoPriorActivity()
                .when(new GenerateQuizCommand("quiz-1", "Pumps", 42, List.of(twice)))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void anAttemptIsScoredAndUnansweredQuestionsCountAsWrong() {
        fixture.given(generated())
                .andGivenCurrentTime(NOW)
                .when(new AnswerQuizCommand("quiz-1", "attempt-1", "emp-1", List.of(new QuizAnswer("q1", 2))))
                .expectEvents(answered());
    }

    @Test
    void aRepeatedAttemptReturnsItsFirstResultAndRecordsNothing() {
        fixture.given(generated(), answered())
                .when(new AnswerQuizCommand("quiz-1", "attempt-1", "emp-1", List.of(new QuizAnswer("q1", 0), new QuizAnswer("q2", 0))))
                .expectResultMessagePayload(answered())
                .expectNoEvents();
    }

    @Test
    void answersMustBeAboutTheQuizsQuestionsOnceEachWithAValidChoice() {
        refused(List.of(new QuizAnswer("q9", 0)));
        refused(List.of(new QuizAnswer("q1", 4)));
        refused(List.of(new QuizAnswer("q1", -1)));
        refused(List.of(new QuizAnswer("q1", 0), new QuizAnswer("q1", 1)));
    }

    private void refused(List<QuizAnswer> answers) {
        fixture.given(generated())
                .when(new AnswerQuizCommand("quiz-1", "attempt-2", "emp-1", answers))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    private static QuizGeneratedEvent generated() {
        return new QuizGeneratedEvent("quiz-1", "Pumps", 42, List.of(COLOUR, POWER), NOW, "head-1");
    }

    private static QuizAnsweredEvent answered() {
        return new QuizAnsweredEvent("quiz-1", "attempt-1", "emp-1", List.of(
                new QuestionResult("q1", "p1", 2, 2, true),
                new QuestionResult("q2", "p2", -1, 0, false)), 1, 2, NOW);
    }
}
