package io.salescrm.org.target.command;

import io.salescrm.org.api.target.TargetMeasure;
import io.salescrm.org.api.target.TargetValue;
import io.salescrm.platform.web.ApiExceptionHandler.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/**
 * A final split whose parts do not add up to the target exactly. Answered as a 400 problem (rendered by the
 * platform's exception handler like every {@link ErrorResponseException}) whose detail gives both sums and the
 * difference, with the field {@code children} named in {@code errors} and the figures as properties
 * {@code targetTotal}, {@code childrenTotal}, {@code difference} (target minus children) and {@code currency}.
 */
public class SplitDoesNotAddUpException extends ErrorResponseException {

    private final TargetValue target;
    private final TargetValue partsTotal;

    public SplitDoesNotAddUpException(TargetValue target, TargetValue partsTotal) {
        super(HttpStatus.BAD_REQUEST, problem(target, partsTotal), null);
        this.target = target;
        this.partsTotal = partsTotal;
    }

    public TargetValue target() {
        return target;
    }

    public TargetValue partsTotal() {
        return partsTotal;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    static String message(TargetValue target, TargetValue partsTotal) {
        String difference;
        int sign;
        if (target.measure() == TargetMeasure.AMOUNT) {
            BigDecimal diff = target.amount().subtract(partsTotal.amount());
            sign = diff.signum();
            difference = diff.abs().toPlainString() + " " + target.currency();
        } else {
            long diff = target.count() - partsTotal.count();
            sign = Long.signum(diff);
            difference = Math.abs(diff) + " won deals";
        }
        return "The split does not add up: the children sum to " + TargetRules.describe(partsTotal)
                + " but the target is " + TargetRules.describe(target) + ", a difference of " + difference
                + (sign > 0 ? " (the children are short)" : " (the children exceed the target)")
                + ". Correct the children, or save the split as a draft (\"draft\": true).";
    }

    private static ProblemDetail problem(TargetValue target, TargetValue partsTotal) {
        String message = message(target, partsTotal);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Split does not add up");
        problem.setType(URI.create("/problems/split-does-not-add-up"));
        problem.setProperty("errors", List.of(new FieldProblem("children", message)));
        if (target.measure() == TargetMeasure.AMOUNT) {
            problem.setProperty("targetTotal", target.amount());
            problem.setProperty("childrenTotal", partsTotal.amount());
            problem.setProperty("difference", target.amount().subtract(partsTotal.amount()));
            problem.setProperty("currency", target.currency());
        } else {
            problem.setProperty("targetTotal", target.count());
            problem.setProperty("childrenTotal", partsTotal.count());
            problem.setProperty("difference", target.count() - partsTotal.count());
        }
        return problem;
    }
}
