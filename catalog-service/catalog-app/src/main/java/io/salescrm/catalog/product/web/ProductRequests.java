package io.salescrm.catalog.product.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.api.product.ProductKind;
import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.platform.rules.CurrencyCode;
import io.salescrm.platform.rules.InvalidFieldException;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Request bodies of the product API. */
public final class ProductRequests {

    private ProductRequests() {
    }

    /**
     * {@code properties}: property id -> value: a text, a number, true/false, an ISO date text, a list value id, or
     * an array of list value ids for LIST_MULTIPLE.
     */
    public record CreateProduct(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String code,
                                @NotNull ProductKind kind,
                                @NotBlank @Size(max = 200) String name,
                                @Size(max = 4000) String description,
                                @Size(min = 1, max = 64) String sectionId,
                                @NotBlank @Size(max = 20) String unit,
                                @NotNull VatRate vatRate,
                                @Size(max = 50) Map<String, JsonNode> properties) {
    }

    public record ChangeProduct(@NotBlank @Size(max = 200) String name,
                                @Size(max = 4000) String description,
                                @Size(min = 1, max = 64) String sectionId,
                                @NotBlank @Size(max = 20) String unit,
                                @NotNull VatRate vatRate,
                                @Size(max = 50) Map<String, JsonNode> properties) {
    }

    public record GenerateVariants(@NotEmpty @Size(max = 3) List<@NotBlank @Size(max = 64) String> axisPropertyIds) {
    }

    public record AddAxisValue(@NotBlank @Size(max = 64) String propertyId, @NotBlank @Size(max = 64) String valueId) {
    }

    /** {@code available} null: as the product. */
    public record ChangeVariant(@Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String sku, Boolean available) {
    }

    /** {@code variantId} null: the product's own price. */
    public record Price(@Size(min = 1, max = 80) String variantId,
                        @NotBlank @Size(max = 64) String priceTypeId,
                        @NotNull @CurrencyCode String currency,
                        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount) {
    }

    /** The JSON property values in the canonical text form of the commands. */
    static List<ProductPropertyValue> propertyValues(Map<String, JsonNode> properties) {
        List<ProductPropertyValue> values = new ArrayList<>();
        if (properties == null) {
            return values;
        }
        properties.forEach((propertyId, node) -> {
            List<String> texts = new ArrayList<>();
            if (node != null && node.isArray()) {
                node.forEach(element -> texts.add(scalar(propertyId, element)));
            } else {
                texts.add(scalar(propertyId, node));
            }
            values.add(new ProductPropertyValue(propertyId, texts));
        });
        return values;
    }

    private static String scalar(String propertyId, JsonNode node) {
        if (node == null || !(node.isTextual() || node.isNumber() || node.isBoolean())) {
            throw new InvalidFieldException("properties." + propertyId, "must be a text, a number, true/false or a list of value ids");
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }
}
