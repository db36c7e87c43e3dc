package io.salescrm.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves a service as RFC 9457 problem details: bad input is a 400 naming the fields, unknown ids
 * 404, concurrent changes 409, refused state changes 422, and anything unexpected a 500 without internals.
 * Each problem carries the request id so a report can be matched with the logs.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                .toList();
        return problem(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException ex,
                                                                            @NonNull HttpHeaders headers,
                                                                            @NonNull HttpStatusCode status,
                                                                            @NonNull WebRequest request) {
        // A @Valid body reports its own fields; a constrained path or query parameter reports itself.
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors bean
                        ? bean.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(), messageOf(error)))
                        : result.getResolvableErrors().stream().map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return problem(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof RequestSizeLimitFilter.RequestTooLargeException tooLarge) {
            return onTooLarge(tooLarge);
        }
        JsonMappingException mapping = firstMappingException(ex);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return problem(validation(List.of(new FieldProblem(field, "has a value of the wrong type or format"))));
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                cause instanceof JsonProcessingException ? "The request body is not valid JSON."
                        : "The request body is missing or unreadable.");
        detail.setTitle("Malformed request body");
        detail.setType(URI.create("/problems/malformed-body"));
        return problem(detail);
    }

    @ExceptionHandler(RequestSizeLimitFilter.RequestTooLargeException.class)
    public ResponseEntity<Object> onTooLarge(RequestSizeLimitFilter.RequestTooLargeException ex) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
        detail.setTitle("Request too large");
        return problem(detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> onTypeMismatch(MethodArgumentTypeMismatchException ex) {
        return problem(validation(List.of(new FieldProblem(ex.getName(), "has a value of the wrong type or format"))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> onConstraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return problem(validation(errors));
    }

    @ExceptionHandler(InvalidFieldException.class)
    public ResponseEntity<Object> onInvalidField(InvalidFieldException ex) {
        return problem(validation(List.of(new FieldProblem(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler(ConflictException.class)
    public ResponseEntity<Object> onConflict(ConflictException ex) {
        return problem(ruleProblem(HttpStatus.CONFLICT, "Conflict", "/problems/conflict", ex.rule(), ex.getMessage()));
    }

    @ExceptionHandler(RuleViolationException.class)
    public ResponseEntity<Object> onRuleViolation(RuleViolationException ex) {
        return problem(ruleProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Not allowed in the current state",
                "/problems/rule-violation", ex.rule(), ex.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<Object> onNotFound(AggregateNotFoundException ex) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No record with id " + ex.getAggregateIdentifier() + ".");
        detail.setTitle("Not found");
        return problem(detail);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    public ResponseEntity<Object> onConcurrentChange(Exception ex) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record was changed or created concurrently; reload it and try again.");
        detail.setTitle("Conflict");
        detail.setType(URI.create("/problems/concurrent-change"));
        return problem(detail);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> onUnexpected(Exception ex) {
        log.error("Unhandled error", ex);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. Quote the request id when reporting it.");
        detail.setTitle("Internal error");
        return problem(detail);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode statusCode,
                                                          @NonNull WebRequest request) {
        if (body instanceof ProblemDetail detail) {
            withRequestId(detail);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** A refusal by a named business rule: the {@code rule} code is stable, the detail is for people. */
    private static ProblemDetail ruleProblem(HttpStatus status, String title, String type, String rule, String message) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, message);
        detail.setTitle(title);
        detail.setType(URI.create(type));
        detail.setProperty("rule", rule);
        return detail;
    }

    private static ProblemDetail validation(List<FieldProblem> errors) {
        String fields = errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid value of: " + fields + ".");
        detail.setTitle("Validation failed");
        detail.setType(URI.create("/problems/validation"));
        detail.setProperty("errors", errors);
        return detail;
    }

    private static ResponseEntity<Object> problem(ProblemDetail detail) {
        withRequestId(detail);
        return ResponseEntity.status(detail.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    private static void withRequestId(ProblemDetail detail) {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            detail.setProperty("requestId", requestId);
        }
    }

    /** The outermost Jackson mapping failure: it knows the JSON path even when its cause is e.g. a date parser's. */
    private static JsonMappingException firstMappingException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping) {
                return mapping;
            }
        }
        return null;
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }
}
