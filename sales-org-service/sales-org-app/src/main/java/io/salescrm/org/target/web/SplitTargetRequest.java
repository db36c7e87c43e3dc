package io.salescrm.org.target.web;

import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /targets/{id}/split}: the children (units or employees) with their {@code amount} (AMOUNT
 * target, in its currency) or {@code count} (WON_COUNT target). Unless {@code draft} is true they must add up to the
 * target exactly.
 */
public record SplitTargetRequest(
        @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Child> children,
        Boolean draft,
        @Size(max = 500) String note) {

    public record Child(
            @NotNull TargetSubjectType subjectType,
            @NotNull @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "must be 1-64 letters, digits or . _ : -") String subjectId,
            @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @CurrencyCode String currency,
            @Min(0) @Max(1_000_000_000) Long count) {
    }

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }
}
