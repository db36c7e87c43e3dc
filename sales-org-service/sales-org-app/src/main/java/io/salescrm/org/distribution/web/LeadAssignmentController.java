package io.salescrm.org.distribution.web;

import io.salescrm.org.distribution.query.LeadAssignmentQueries;
import io.salescrm.org.distribution.query.LeadAssignmentQueries.AssignmentPage;
import io.salescrm.org.distribution.query.LeadAssignmentView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The outcomes of lead distribution: who got each lead created without a responsible, or why nobody did. */
@RestController
@RequestMapping("/lead-assignments")
public class LeadAssignmentController {

    private final LeadAssignmentQueries assignments;

    public LeadAssignmentController(LeadAssignmentQueries assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/{leadId}")
    @Operation(summary = "The distribution outcome of one lead (404 until it is decided)")
    public LeadAssignmentView get(@PathVariable @Size(max = 100) String leadId) {
        return assignments.find(leadId).orElseThrow(() ->
                new ResponseStatusException(NOT_FOUND, "No distribution outcome for lead " + leadId + "."));
    }

    @GetMapping
    @Operation(summary = "Distribution outcomes, newest first, one page at a time (at most 100 per page)",
            description = "ruleId and employeeId narrow the list.")
    public AssignmentPage list(@RequestParam(required = false) @Size(max = 64) String ruleId,
                               @RequestParam(required = false) @Size(max = 64) String employeeId,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                               @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return assignments.list(ruleId, employeeId, page, size);
    }
}
