package io.salescrm.billing.mail;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A document that was to be sent while no SMTP server is configured (collection {@code outbox}): who it is for,
 * the letter's subject and text, and the stored PDF ({@code documentId}, also this entry's id) to download and pass
 * on by hand. {@code responsibleId} and {@code open} are the quote's, for access rights.
 */
@Document("outbox")
public record OutboxEntry(
        @Id String id,
        String kind,
        String subjectId,
        int version,
        String recipientEmail,
        String subject,
        String body,
        String fileName,
        @Indexed String responsibleId,
        boolean open,
        @Indexed Instant createdAt) {

    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";
}
