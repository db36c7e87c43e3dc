package io.salescrm.catalog.quiz.web;

import io.salescrm.catalog.api.quiz.AnswerQuizCommand;
import io.salescrm.catalog.api.quiz.GenerateQuizCommand;
import io.salescrm.catalog.api.quiz.QuizAnsweredEvent;
import io.salescrm.catalog.api.quiz.QuizQuestion;
import io.salescrm.catalog.quiz.command.QuizGenerator;
import io.salescrm.catalog.quiz.query.ProductFacts;
import io.salescrm.catalog.quiz.query.QuizFacts;
import io.salescrm.catalog.quiz.query.QuizView;
import io.salescrm.catalog.template.web.ContentAccess;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Knowledge-check quizzes drawn from product properties. Anyone with PRODUCT READ generates one (it changes no
 * catalog data) and takes it; the correct choices leave the service only in the answer to an attempt.
 */
@RestController
@RequestMapping("/quizzes")
@Validated
public class QuizController {

    static final int DEFAULT_QUESTIONS = 10;

    public record QuizCreated(String id, int questionCount, long seed) {
    }

    /** A question as the one answering sees it: no correct choice. */
    public record OpenQuestion(String questionId, String productId, String productName, String text, List<String> choices) {
    }

    public record QuizToTake(String id, String title, List<OpenQuestion> questions) {
    }

    public record QuizSummary(String id, String title, int questionCount, java.time.Instant generatedAt, String generatedBy) {
    }

    public record QuizPage(List<QuizSummary> items, int page, int size, long totalItems) {
    }

    record CreationFingerprint(String caller, GenerateQuizRequest request) {
    }

    record AnswerFingerprint(String caller, String quizId, AnswersRequest request) {
    }

    private final CommandGateway commandGateway;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final ContentAccess access;
    private final QuizFacts facts;
    private final SecureRandom seeds = new SecureRandom();

    public QuizController(CommandGateway commandGateway, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                          ContentAccess access, QuizFacts facts) {
        this.commandGateway = commandGateway;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
        this.facts = facts;
    }

    @PostMapping
    @Operation(summary = "Generate a quiz about a section's or listed products", description = "Questions ask for a "
            + "product's property value among 4 choices (3 are other products' values of that property). The same "
            + "catalog data and seed give the same quiz. 422 (not-enough-product-data) when no question can be drawn.")
    public ResponseEntity<QuizCreated> generate(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody GenerateQuizRequest request) {
        String caller = access.requireReader();
        if ((request.sectionId() == null) == (request.productIds() == null)) {
            throw new InvalidFieldException("sectionId", "give either a sectionId or productIds");
        }
        List<ProductFacts> products = request.sectionId() != null
                ? facts.activeInSectionTree(request.sectionId())
                : facts.activeWithIds(request.productIds());
        if (request.productIds() != null) {
            Set<String> found = new TreeSet<>(products.stream().map(ProductFacts::id).toList());
            for (int i = 0; i < request.productIds().size(); i++) {
                if (!found.contains(request.productIds().get(i))) {
                    throw new InvalidFieldException("productIds[" + i + "]", "is not an active product");
                }
            }
        }
        long seed = request.seed() != null ? request.seed() : seeds.nextLong();
        List<QuizGenerator.Fact> asked = facts.factsOf(products);
        Set<String> propertyIds = new TreeSet<>(asked.stream().map(QuizGenerator.Fact::propertyId).toList());
        List<QuizQuestion> questions = QuizGenerator.generate(asked, facts.valuesAcrossCatalog(propertyIds),
                request.questionCount() != null ? request.questionCount() : DEFAULT_QUESTIONS, seed);
        var outcome = idempotentCreation.create("quizzes", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commandGateway.sendAndWait(new GenerateQuizCommand(id, request.title(), seed, questions)));
        // a repeat answers with what the first request created: its seed may have been drawn at random
        QuizView first = outcome.replayed() ? mongo.findById(outcome.id(), QuizView.class) : null;
        QuizCreated created = first != null ? new QuizCreated(first.id(), first.questions().size(), first.seed())
                : new QuizCreated(outcome.id(), questions.size(), seed);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "Quizzes, newest first, one page at a time (at most 100 per page)")
    public QuizPage list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.requireReader();
        long total = mongo.count(new Query(), QuizView.class);
        Query pageQuery = new Query().with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "generatedAt")));
        List<QuizSummary> items = mongo.find(pageQuery, QuizView.class).stream()
                .map(q -> new QuizSummary(q.id(), q.title(), q.questions().size(), q.generatedAt(), q.generatedBy()))
                .toList();
        return new QuizPage(items, page, size, total);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A quiz to take: its questions and choices, without the correct ones")
    public QuizToTake get(@PathVariable @Size(max = 64) String id) {
        access.requireReader();
        QuizView quiz = mongo.findById(id, QuizView.class);
        if (quiz == null) {
            throw new ResponseStatusException(NOT_FOUND, "No quiz with id " + id + ".");
        }
        return new QuizToTake(quiz.id(), quiz.title(), quiz.questions().stream()
                .map(q -> new OpenQuestion(q.questionId(), q.productId(), q.productName(), q.text(), q.choices()))
                .toList());
    }

    @PostMapping("/{id}/answers")
    @Operation(summary = "Answer a quiz as the caller: the attempt is scored and kept", description = "Returns the "
            + "score and, per question, the choice made and the correct one. Idempotency-Key supported: a repeat "
            + "returns the first attempt's result.")
    public ResponseEntity<QuizAnsweredEvent> answer(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @PathVariable @Size(max = 64) String id, @Valid @RequestBody AnswersRequest request) {
        String caller = access.requireReader();
        QuizAnsweredEvent[] result = new QuizAnsweredEvent[1];
        var outcome = idempotentCreation.create("quiz-answers", idempotencyKey, new AnswerFingerprint(caller, id, request),
                attemptId -> result[0] = commandGateway.sendAndWait(new AnswerQuizCommand(id, attemptId, caller, request.answers())));
        if (outcome.replayed()) {
            result[0] = commandGateway.sendAndWait(new AnswerQuizCommand(id, outcome.id(), caller, request.answers()));
        }
        return ResponseEntity.status(201).header("Idempotent-Replayed", Boolean.toString(outcome.replayed())).body(result[0]);
    }
}
