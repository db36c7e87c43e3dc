package io.salescrm.catalog.quiz.command;

import io.salescrm.catalog.api.quiz.AnswerQuizCommand;
import io.salescrm.catalog.api.quiz.GenerateQuizCommand;
import io.salescrm.catalog.api.quiz.QuestionResult;
import io.salescrm.catalog.api.quiz.QuizAnswer;
import io.salescrm.catalog.api.quiz.QuizAnsweredEvent;
import io.salescrm.catalog.api.quiz.QuizGeneratedEvent;
import io.salescrm.catalog.api.quiz.QuizQuestion;
import io.salescrm.platform.access.ActorPropagation;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A knowledge-check quiz: generated once, then answered by employees, each attempt scored against the correct
 * choices it keeps. An attempt id is scored once: a repeated attempt returns its first result.
 */
@Aggregate
public class Quiz {

    static final int MAX_TITLE_LENGTH = 200;

    @AggregateIdentifier
    private String quizId;
    private List<QuizQuestion> questions;
    private final Map<String, QuizAnsweredEvent> attempts = new HashMap<>();

    protected Quiz() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Quiz(GenerateQuizCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId) {
        if (command.title() == null || command.title().isBlank() || command.title().length() > MAX_TITLE_LENGTH) {
            throw new InvalidFieldException("title", "must be 1-" + MAX_TITLE_LENGTH + " characters");
        }
        if (command.questions() == null || command.questions().isEmpty()) {
            throw new RuleViolationException("not-enough-product-data", "The products chosen have no property with at "
                    + "least " + QuizGenerator.CHOICES + " different values across the catalog: no question can be asked.");
        }
        if (command.questions().size() > QuizGenerator.MAX_QUESTIONS) {
            throw new InvalidFieldException("questionCount", "must be at most " + QuizGenerator.MAX_QUESTIONS);
        }
        for (QuizQuestion question : command.questions()) {
            if (question.choices().size() != QuizGenerator.CHOICES || Set.copyOf(question.choices()).size() != QuizGenerator.CHOICES
                    || question.correctChoice() < 0 || question.correctChoice() >= QuizGenerator.CHOICES) {
                throw new InvalidFieldException("questions", "question " + question.questionId() + " needs 4 distinct choices, one of them correct");
            }
        }
        apply(new QuizGeneratedEvent(command.quizId(), command.title().strip(), command.seed(), List.copyOf(command.questions()),
                GenericEventMessage.clock.instant(), actorId));
    }

    /** Scores an attempt; returns its result (the first one again for a repeated attempt id). */
    @CommandHandler
    public QuizAnsweredEvent handle(AnswerQuizCommand command) {
        QuizAnsweredEvent earlier = attempts.get(command.attemptId());
        if (earlier != null) {
            return earlier;
        }
        Map<String, Integer> chosen = chosenByQuestion(command.answers());
        List<QuestionResult> results = new ArrayList<>();
        int correct = 0;
        for (QuizQuestion question : questions) {
            int choice = chosen.getOrDefault(question.questionId(), -1);
            boolean right = choice == question.correctChoice();
            correct += right ? 1 : 0;
            results.add(new QuestionResult(question.questionId(), question.productId(), choice, question.correctChoice(), right));
        }
        QuizAnsweredEvent answered = new QuizAnsweredEvent(quizId, command.attemptId(), command.employeeId(), results,
                correct, questions.size(), GenericEventMessage.clock.instant());
        apply(answered);
        return answered;
    }

    private Map<String, Integer> chosenByQuestion(List<QuizAnswer> answers) {
        Set<String> known = new HashSet<>(questions.stream().map(QuizQuestion::questionId).toList());
        Map<String, Integer> chosen = new HashMap<>();
        List<QuizAnswer> given = answers == null ? List.of() : answers;
        for (int i = 0; i < given.size(); i++) {
            QuizAnswer answer = given.get(i);
            if (answer == null || !known.contains(answer.questionId())) {
                throw new InvalidFieldException("answers[" + i + "].questionId", "is not a question of this quiz");
            }
            if (answer.choice() < 0 || answer.choice() >= QuizGenerator.CHOICES) {
                throw new InvalidFieldException("answers[" + i + "].choice", "must be 0 to " + (QuizGenerator.CHOICES - 1));
            }
            if (chosen.put(answer.questionId(), answer.choice()) != null) {
                throw new InvalidFieldException("answers[" + i + "].questionId", "is answered twice");
            }
        }
        return chosen;
    }

    @EventSourcingHandler
    void on(QuizGeneratedEvent event) {
        quizId = event.quizId();
        questions = event.questions();
    }

    @EventSourcingHandler
    void on(QuizAnsweredEvent event) {
        attempts.put(event.attemptId(), event);
    }
}
