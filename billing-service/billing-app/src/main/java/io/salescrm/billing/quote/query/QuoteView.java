package io.salescrm.billing.quote.query;

import io.salescrm.billing.api.quote.QuoteContent;
import io.salescrm.billing.api.quote.QuoteDelivery;
import io.salescrm.billing.api.quote.QuoteStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A quote as it stands (its latest version), in collection {@code quote_views}. Access rights filter it by
 * {@code responsibleId} and {@code open}; the expiry job finds open quotes by {@code validUntil}.
 * {@code sentDocumentId} is the PDF of the latest version once it was sent. {@code sequence} guards against
 * applying an event twice.
 */
@Document(QuoteView.COLLECTION)
public record QuoteView(
        @Id String id,
        @Indexed String dealId,
        @Indexed String companyId,
        String contactId,
        @Indexed String responsibleId,
        boolean open,
        @Indexed QuoteStatus status,
        int version,
        QuoteContent content,
        @Indexed LocalDate validUntil,
        String sentDocumentId,
        String recipientEmail,
        QuoteDelivery delivery,
        Instant sentAt,
        Boolean createInvoice,
        String declineReason,
        @Indexed Instant createdAt,
        Instant updatedAt,
        long sequence) {

    public static final String COLLECTION = "quote_views";
    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";
}
