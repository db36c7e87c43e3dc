package io.salescrm.catalog.quiz.command;

import io.salescrm.catalog.api.quiz.QuizQuestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Draws knowledge-check questions from product facts: "What is the <property> of <product>?" with the product's
 * value and three distractors, other products' distinct values of the same property. A fact qualifies when its
 * property has at least three values other than the right one. Everything random comes from one
 * {@code Random(seed)} over inputs in a fixed order, so the same facts and seed give the same quiz.
 */
public final class QuizGenerator {

    public static final int CHOICES = 4;
    public static final int MAX_QUESTIONS = 50;

    /** One product's value of one property, as people read it. */
    public record Fact(String productId, String productName, String propertyId, String propertyName, String value) {
    }

    private QuizGenerator() {
    }

    /**
     * Up to {@code count} questions about {@code facts}; {@code valuesByProperty} holds each property's values
     * across the catalog, the pool distractors are drawn from.
     */
    public static List<QuizQuestion> generate(List<Fact> facts, Map<String, ? extends Collection<String>> valuesByProperty,
                                              int count, long seed) {
        Random random = new Random(seed);
        List<Fact> eligible = new ArrayList<>(facts.stream()
                .filter(fact -> distractorsFor(fact, valuesByProperty).size() >= CHOICES - 1)
                .sorted(Comparator.comparing(Fact::productId).thenComparing(Fact::propertyId))
                .toList());
        Collections.shuffle(eligible, random);
        List<QuizQuestion> questions = new ArrayList<>();
        for (Fact fact : eligible.subList(0, Math.min(count, eligible.size()))) {
            List<String> distractors = distractorsFor(fact, valuesByProperty);
            Collections.shuffle(distractors, random);
            List<String> choices = new ArrayList<>(distractors.subList(0, CHOICES - 1));
            choices.add(fact.value());
            Collections.shuffle(choices, random);
            questions.add(new QuizQuestion("q" + (questions.size() + 1), fact.productId(), fact.productName(), fact.propertyId(),
                    "What is the " + fact.propertyName() + " of " + fact.productName() + "?",
                    List.copyOf(choices), choices.indexOf(fact.value())));
        }
        return questions;
    }

    private static List<String> distractorsFor(Fact fact, Map<String, ? extends Collection<String>> valuesByProperty) {
        Collection<String> values = valuesByProperty.get(fact.propertyId());
        TreeSet<String> pool = values == null ? new TreeSet<>() : new TreeSet<>(values);
        pool.remove(fact.value());
        return new ArrayList<>(pool);
    }
}
