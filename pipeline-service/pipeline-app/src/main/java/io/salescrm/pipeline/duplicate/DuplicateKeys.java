package io.salescrm.pipeline.duplicate;

import java.util.List;

/**
 * The normalised keys of a record that make another record a likely duplicate: any shared phone (E.164) or email,
 * the same normalised company name or the same tax id. Every read model of a kind stores them in fields of these
 * names ({@link #PHONES}, ...), indexed: that is the duplicate index of the kind.
 */
public record DuplicateKeys(List<String> phoneKeys, List<String> emailKeys, String companyNameKey, String taxIdKey) {

    public static final String PHONES = "phoneKeys";
    public static final String EMAILS = "emailKeys";
    public static final String COMPANY_NAME = "companyNameKey";
    public static final String TAX_ID = "taxIdKey";

    public boolean isEmpty() {
        return phoneKeys.isEmpty() && emailKeys.isEmpty() && companyNameKey == null && taxIdKey == null;
    }

    /** Which of these keys {@code other} shares: "phone", "email", "companyName", "taxId". */
    public List<String> sharedWith(DuplicateKeys other) {
        var matched = new java.util.ArrayList<String>();
        if (phoneKeys.stream().anyMatch(other.phoneKeys::contains)) {
            matched.add("phone");
        }
        if (emailKeys.stream().anyMatch(other.emailKeys::contains)) {
            matched.add("email");
        }
        if (companyNameKey != null && companyNameKey.equals(other.companyNameKey)) {
            matched.add("companyName");
        }
        if (taxIdKey != null && taxIdKey.equals(other.taxIdKey)) {
            matched.add("taxId");
        }
        return List.copyOf(matched);
    }
}
