package io.salescrm.billing.document;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A rendered PDF kept as it went out (collection {@code billing_documents}), e.g. the quote version that was sent:
 * {@code ownerId} is the quote or invoice, {@code version} its version then.
 */
@Document("billing_documents")
public record StoredDocument(@Id String id, String ownerType, @Indexed String ownerId, int version, String fileName,
                             byte[] pdf, Instant createdAt) {
}
