package io.salescrm.catalog.property.web;

import io.salescrm.catalog.api.property.PropertyType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the property API. */
public final class PropertyRequests {

    private PropertyRequests() {
    }

    /** A list value: {@code code} goes into generated SKUs. */
    public record NewValue(@NotBlank @Pattern(regexp = "[A-Za-z0-9_]{1,20}") String code,
                           @NotBlank @Size(max = 200) String label) {
    }

    public record DefineProperty(@NotBlank @Size(max = 200) String name,
                                 @NotNull PropertyType type,
                                 @Size(max = 20) String unit,
                                 @Size(max = 500) List<@Valid @NotNull NewValue> values) {
    }

    public record RenameProperty(@NotBlank @Size(max = 200) String name, @Size(max = 20) String unit) {
    }

    public record RenameValue(@NotBlank @Size(max = 200) String label) {
    }
}
