package io.salescrm.pipeline.party;

import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a bulk reassignment as one command per record and reports each record's outcome, so one refused record
 * does not stop the others: {@code assigned}, {@code not-found}, {@code forbidden} or {@code refused}.
 */
public final class BulkAssignment {

    public record Outcome(String id, String result, String detail) {
    }

    public record Report(String responsibleId, List<Outcome> results) {
    }

    private BulkAssignment() {
    }

    public static Report run(BulkAssignRequest request, Consumer<String> assignOne) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String id : new LinkedHashSet<>(request.ids())) {
            try {
                assignOne.accept(id);
                outcomes.add(new Outcome(id, "assigned", null));
            } catch (AggregateNotFoundException | ResponseStatusException notFound) {
                outcomes.add(new Outcome(id, "not-found", null));
            } catch (AccessDeniedProblem forbidden) {
                outcomes.add(new Outcome(id, "forbidden", forbidden.getBody().getDetail()));
            } catch (RuleViolationException | ConflictException | InvalidFieldException refused) {
                outcomes.add(new Outcome(id, "refused", refused.getMessage()));
            }
        }
        return new Report(request.responsibleId(), outcomes);
    }
}
