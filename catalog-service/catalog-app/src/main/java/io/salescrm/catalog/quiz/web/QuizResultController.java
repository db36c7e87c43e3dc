package io.salescrm.catalog.quiz.web;

import io.salescrm.catalog.quiz.query.QuizResultView;
import io.salescrm.catalog.template.web.ContentAccess;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Quiz results per employee and product. An employee sees his own; heads see their people's: the results are
 * filtered in the database by the caller's ANALYTICS READ scope with the employee as responsible (see
 * {@link ContentAccess}); asking for someone outside it is a 403.
 */
@RestController
@RequestMapping("/quiz-results")
@Validated
public class QuizResultController {

    public record ResultPage(List<QuizResultView> items, int page, int size, long totalItems) {
    }

    private final MongoTemplate mongo;
    private final ContentAccess access;

    public QuizResultController(MongoTemplate mongo, ContentAccess access) {
        this.mongo = mongo;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Quiz results the caller may see, newest first, by employee, product and quiz (at most 100 per page)")
    public ResultPage list(@RequestParam(required = false) @Size(max = 64) String employeeId,
                           @RequestParam(required = false) @Size(max = 64) String productId,
                           @RequestParam(required = false) @Size(max = 64) String quizId,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<Criteria> filters = new ArrayList<>();
        filters.add(access.peopleScope().toCriteria(QuizResultView.EMPLOYEE, "open"));
        if (employeeId != null) {
            access.requireMayReadContentOf(employeeId);
            filters.add(where(QuizResultView.EMPLOYEE).is(employeeId));
        }
        if (productId != null) {
            filters.add(where("productId").is(productId));
        }
        if (quizId != null) {
            filters.add(where("quizId").is(quizId));
        }
        Criteria filter = new Criteria().andOperator(filters);
        long total = mongo.count(new Query(filter), QuizResultView.class);
        Query pageQuery = new Query(filter).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "answeredAt").and(Sort.by("_id"))));
        return new ResultPage(mongo.find(pageQuery, QuizResultView.class), page, size, total);
    }
}
