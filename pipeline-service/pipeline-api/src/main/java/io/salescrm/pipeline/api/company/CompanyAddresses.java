package io.salescrm.pipeline.api.company;

import io.salescrm.pipeline.api.contact.PostalAddress;

/** A company's legal (registered), actual and postal addresses; any may be null. */
public record CompanyAddresses(PostalAddress legal, PostalAddress actual, PostalAddress postal) {
}
