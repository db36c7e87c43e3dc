package io.salescrm.pipeline.merge;

import io.salescrm.pipeline.api.company.BankDetails;
import io.salescrm.pipeline.api.company.CompanyAddresses;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.contact.command.PartyFieldRules;
import io.salescrm.pipeline.duplicate.ContactPointKeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a surviving record absorbs a merged one: every part the survivor lacks is taken from the merged record, the
 * survivor's own values always win, and lists are united without duplicates (by normalised key) up to their bound.
 * Pure functions, used by the aggregates' absorb handlers.
 */
public final class DetailsAbsorption {

    private DetailsAbsorption() {
    }

    public static LeadDetails absorb(LeadDetails own, LeadDetails merged) {
        return new LeadDetails(own.title(), name(own.name(), merged.name()), first(own.companyName(), merged.companyName()),
                first(own.position(), merged.position()), phones(own.phones(), merged.phones()),
                emails(own.emails(), merged.emails()), first(own.website(), merged.website()),
                first(own.address(), merged.address()), first(own.source(), merged.source()),
                first(own.sourceNote(), merged.sourceNote()), first(own.expectedAmount(), merged.expectedAmount()),
                union(own.products(), merged.products(), product -> product, PartyFieldRules.MAX_LINKS),
                first(own.comments(), merged.comments()), customFields(own.customFields(), merged.customFields()));
    }

    public static ContactDetails absorb(ContactDetails own, ContactDetails merged) {
        return new ContactDetails(name(own.name(), merged.name()), first(own.position(), merged.position()),
                phones(own.phones(), merged.phones()), emails(own.emails(), merged.emails()),
                union(own.messengers(), merged.messengers(), messenger -> messenger, PartyFieldRules.MAX_LIST),
                first(own.birthday(), merged.birthday()), first(own.address(), merged.address()),
                first(own.source(), merged.source()), first(own.comments(), merged.comments()),
                customFields(own.customFields(), merged.customFields()));
    }

    public static CompanyDetails absorb(CompanyDetails own, CompanyDetails merged) {
        CompanyAddresses ownAddresses = own.addresses() == null ? new CompanyAddresses(null, null, null) : own.addresses();
        CompanyAddresses mergedAddresses = merged.addresses() == null ? new CompanyAddresses(null, null, null) : merged.addresses();
        CompanyAddresses addresses = new CompanyAddresses(first(ownAddresses.legal(), mergedAddresses.legal()),
                first(ownAddresses.actual(), mergedAddresses.actual()), first(ownAddresses.postal(), mergedAddresses.postal()));
        BankDetails bank = first(own.bank(), merged.bank());
        return new CompanyDetails(own.name(), first(own.legalName(), merged.legalName()), first(own.taxId(), merged.taxId()),
                first(own.kpp(), merged.kpp()), first(own.ogrn(), merged.ogrn()), first(own.industry(), merged.industry()),
                first(own.size(), merged.size()), first(own.website(), merged.website()),
                phones(own.phones(), merged.phones()), emails(own.emails(), merged.emails()), addresses, bank,
                first(own.comments(), merged.comments()), customFields(own.customFields(), merged.customFields()));
    }

    private static PersonName name(PersonName own, PersonName merged) {
        if (own == null || merged == null) {
            return first(own, merged);
        }
        return new PersonName(first(own.first(), merged.first()), first(own.last(), merged.last()),
                first(own.middle(), merged.middle()));
    }

    private static List<Phone> phones(List<Phone> own, List<Phone> merged) {
        return union(own, merged, phone -> ContactPointKeys.phone(phone.number()), PartyFieldRules.MAX_LIST);
    }

    private static List<String> emails(List<String> own, List<String> merged) {
        return union(own, merged, ContactPointKeys::email, PartyFieldRules.MAX_LIST);
    }

    private static <T> List<T> union(List<T> own, List<T> merged, Function<T, ?> key, int max) {
        List<T> united = new ArrayList<>(own);
        List<Object> keys = new ArrayList<>(own.stream().map(key).toList());
        for (T value : merged) {
            Object valueKey = key.apply(value);
            if (united.size() < max && !keys.contains(valueKey)) {
                united.add(value);
                keys.add(valueKey);
            }
        }
        return List.copyOf(united);
    }

    private static Map<String, String> customFields(Map<String, String> own, Map<String, String> merged) {
        Map<String, String> united = new LinkedHashMap<>(own);
        merged.forEach((key, value) -> {
            if (united.size() < PartyFieldRules.MAX_CUSTOM_FIELDS) {
                united.putIfAbsent(key, value);
            }
        });
        return Map.copyOf(united);
    }

    private static <T> T first(T own, T merged) {
        return own != null ? own : merged;
    }
}
