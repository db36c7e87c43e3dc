package io.salescrm.billing.reference.party;

import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PostalAddress;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** How the pipeline's party details become billing's printed fields. */
final class PartyDetails {

    private PartyDetails() {
    }

    /** An address on one line: postal code, region, city, street and building; null when there is none. */
    static String oneLine(PostalAddress address) {
        if (address == null) {
            return null;
        }
        String line = String.join(", ", Stream.of(address.postalCode(), address.region(), address.city(), address.line())
                .filter(Objects::nonNull).filter(p -> !p.isBlank()).toList());
        return line.isEmpty() ? null : line;
    }

    static List<String> numbers(List<Phone> phones) {
        return phones == null ? List.of() : phones.stream().map(Phone::number).toList();
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
