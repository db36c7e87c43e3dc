package io.salescrm.billing.reference.party;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * Billing's read model of a contact (a person a quote is addressed to), from the pipeline topic.
 * {@code firstName}, {@code lastName} and {@code middleName} feed greetings; {@code emails} the first of them is
 * where sent documents go.
 */
@Document("ref_contacts")
public record ContactReference(
        @Id String id,
        String firstName,
        String lastName,
        String middleName,
        String position,
        List<String> emails,
        List<String> phones,
        String address,
        List<String> companyIds,
        String responsibleId,
        boolean open,
        String mergedIntoId,
        long version) {

    /** "Last First Middle", the parts that are known. */
    public String fullName() {
        return String.join(" ", java.util.stream.Stream.of(lastName, firstName, middleName)
                .filter(p -> p != null && !p.isBlank()).toList());
    }

    /** How a letter addresses the person: first name and patronymic when known, else the full name. */
    public String addressedAs() {
        if (firstName == null || firstName.isBlank()) {
            return fullName();
        }
        return middleName == null || middleName.isBlank() ? firstName : firstName + " " + middleName;
    }

    /** The first e-mail address, or null. */
    public String primaryEmail() {
        return emails.isEmpty() ? null : emails.get(0);
    }
}
