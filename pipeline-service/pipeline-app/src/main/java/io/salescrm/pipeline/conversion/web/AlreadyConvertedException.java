package io.salescrm.pipeline.conversion.web;

import io.salescrm.pipeline.lead.query.LeadView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A 409 {@code already-converted} problem carrying what the lead became the first time ({@code conversion}). */
class AlreadyConvertedException extends ErrorResponseException {

    AlreadyConvertedException(String leadId, LeadView.Conversion conversion) {
        super(HttpStatus.CONFLICT, problem(leadId, conversion), null);
    }

    private static ProblemDetail problem(String leadId, LeadView.Conversion conversion) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Lead " + leadId + " was converted already.");
        detail.setTitle("Conflict");
        detail.setType(URI.create("/problems/conflict"));
        detail.setProperty("rule", "already-converted");
        detail.setProperty("conversion", ConversionResult.of(leadId, conversion));
        return detail;
    }
}
