package io.salescrm.pipeline.lead.command;

import io.salescrm.pipeline.api.lead.ExpectedAmount;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.ProductInterest;
import io.salescrm.platform.rules.InvalidFieldException;

import java.math.BigDecimal;

import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_COMMENTS;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_ID;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_LINKS;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_TEXT;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.address;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.customFields;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.emails;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.name;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.phones;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.required;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.text;

/** What a lead's details must satisfy, whoever sends them (API, conversion, import). */
final class LeadRules {

    static final int MAX_TITLE = 200;
    static final int MAX_REASON = 500;
    /** Amounts below 10^15 with at most 2 decimals, as deal amounts. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    private LeadRules() {
    }

    static void validate(LeadDetails details) {
        if (details == null) {
            throw new InvalidFieldException("details", "must not be null");
        }
        required("title", details.title(), MAX_TITLE);
        name("name", details.name());
        text("companyName", details.companyName(), MAX_TEXT);
        text("position", details.position(), MAX_TEXT);
        phones(details.phones());
        emails(details.emails());
        text("website", details.website(), MAX_TEXT);
        address("address", details.address());
        text("sourceNote", details.sourceNote(), MAX_REASON);
        amount(details.expectedAmount());
        products(details);
        text("comments", details.comments(), MAX_COMMENTS);
        customFields(details.customFields());
    }

    static void reason(String reason) {
        required("reason", reason, MAX_REASON);
    }

    private static void amount(ExpectedAmount amount) {
        if (amount == null) {
            return;
        }
        if (amount.amount() == null || amount.amount().signum() < 0 || amount.amount().compareTo(MAX_AMOUNT) >= 0
                || amount.amount().scale() > 2) {
            throw new InvalidFieldException("expectedAmount", "must be 0 or more, below 10^15, with at most 2 decimals");
        }
        if (amount.rateToBase() == null || amount.rateToBase().signum() <= 0 || amount.currency() == null
                || amount.baseCurrency() == null || amount.amountInBase() == null) {
            throw new InvalidFieldException("currency", "has no usable exchange rate");
        }
    }

    private static void products(LeadDetails details) {
        if (details.products() == null) {
            throw new InvalidFieldException("products", "must not be null");
        }
        if (details.products().size() > MAX_LINKS) {
            throw new InvalidFieldException("products", "must have at most " + MAX_LINKS + " entries");
        }
        for (ProductInterest product : details.products()) {
            if (product == null || product.productId() == null || product.productId().isBlank()
                    || product.productId().length() > MAX_ID || (product.variantId() != null && product.variantId().length() > MAX_ID)) {
                throw new InvalidFieldException("products", "must name catalog products (and variants) by ids of 1-" + MAX_ID + " characters");
            }
        }
    }
}
