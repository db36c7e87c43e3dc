package io.salescrm.catalog.quiz.command;

import io.salescrm.catalog.api.quiz.QuizQuestion;
import io.salescrm.catalog.quiz.command.QuizGenerator.Fact;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuizGeneratorTest {

    private static final Map<String, Set<String>> POOL = Map.of(
            "colour", Set.of("red", "green", "blue", "black", "white"),
            "power", Set.of("750 W", "1000 W", "1500 W", "2000 W"),
            "warranty", Set.of("1 year", "2 years"));

    private static final List<Fact> FACTS = List.of(
            new Fact("p1", "Pump P-100", "colour", "colour", "red"),
            new Fact("p1", "Pump P-100", "power", "power", "750 W"),
            new Fact("p1", "Pump P-100", "warranty", "warranty", "1 year"),
            new Fact("p2", "Pump P-200", "colour", "colour", "blue"),
            new Fact("p2", "Pump P-200", "power", "power", "1500 W"));

    @Test
    void theSameFactsAndSeedGiveTheSameQuiz() {
        assertThat(QuizGenerator.generate(FACTS, POOL, 3, 42)).isEqualTo(QuizGenerator.generate(FACTS, POOL, 3, 42));
        List<Fact> reordered = new ArrayList<>(FACTS);
        java.util.Collections.reverse(reordered);
        assertThat(QuizGenerator.generate(reordered, POOL, 3, 42)).isEqualTo(QuizGenerator.generate(FACTS, POOL, 3, 42));
    }

    @Test
    void anotherSeedDrawsDifferently() {
        List<List<QuizQuestion>> quizzes = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            quizzes.add(QuizGenerator.generate(FACTS, POOL, 4, seed));
        }
        assertThat(quizzes.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void eachQuestionHasTheRightValueAndThreeDistractorsOfTheSameProperty() {
        for (QuizQuestion question : QuizGenerator.generate(FACTS, POOL, 4, 7)) {
            Fact fact = FACTS.stream().filter(f -> f.productId().equals(question.productId())
                    && f.propertyId().equals(question.propertyId())).findFirst().orElseThrow();
            assertThat(question.choices()).hasSize(4).doesNotHaveDuplicates();
            assertThat(question.choices().get(question.correctChoice())).isEqualTo(fact.value());
            assertThat(POOL.get(fact.propertyId())).containsAll(question.choices());
            assertThat(question.text()).isEqualTo("What is the " + fact.propertyName() + " of " + fact.productName() + "?");
            assertThat(question.productName()).isEqualTo(fact.productName());
        }
    }

    @Test
    void aPropertyWithoutThreeOtherValuesAsksNothing() {
        List<QuizQuestion> questions = QuizGenerator.generate(FACTS, POOL, 50, 1);
        assertThat(questions).hasSize(4).noneMatch(q -> q.propertyId().equals("warranty"));
        assertThat(questions).extracting(QuizQuestion::questionId).containsExactly("q1", "q2", "q3", "q4");
        assertThat(QuizGenerator.generate(List.of(FACTS.get(2)), POOL, 5, 1)).isEmpty();
    }

    @Test
    void atMostTheAskedNumberOfQuestions() {
        assertThat(QuizGenerator.generate(FACTS, POOL, 2, 3)).hasSize(2);
    }
}
