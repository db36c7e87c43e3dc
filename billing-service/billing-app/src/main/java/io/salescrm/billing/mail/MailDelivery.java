package io.salescrm.billing.mail;

import io.salescrm.billing.api.quote.QuoteDelivery;
import jakarta.mail.MessagingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Delivers documents: by e-mail over SMTP when {@code spring.mail.host} is configured (Spring Boot then provides a
 * {@link JavaMailSender}) and the recipient has an address, else into the outbox. Outbox entries and the record of
 * e-mails sent ({@code mail_deliveries}) are keyed by the document id, so delivering the same document again changes
 * nothing (an e-mail is recorded after the server took it: a crash in between may send it twice, never lose it).
 */
@Component
public class MailDelivery {

    /** A letter with one PDF attached. */
    public record Letter(String documentId, String kind, String subjectId, int version, String recipientEmail,
                         String subject, String body, String fileName, byte[] pdf, String responsibleId, boolean open,
                         java.time.Instant at) {
    }

    private static final String MAIL_DELIVERIES = "mail_deliveries";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MongoTemplate mongo;

    public MailDelivery(ObjectProvider<JavaMailSender> mailSender, MongoTemplate mongo) {
        this.mailSender = mailSender;
        this.mongo = mongo;
    }

    /** How a document for {@code recipientEmail} would travel now. */
    public QuoteDelivery modeFor(String recipientEmail) {
        return mailSender.getIfAvailable() != null && recipientEmail != null ? QuoteDelivery.EMAIL : QuoteDelivery.OUTBOX;
    }

    public void deliver(QuoteDelivery mode, Letter letter) {
        if (mode == QuoteDelivery.EMAIL) {
            email(letter);
        } else {
            mongo.save(new OutboxEntry(letter.documentId(), letter.kind(), letter.subjectId(), letter.version(),
                    letter.recipientEmail(), letter.subject(), letter.body(), letter.fileName(), letter.responsibleId(),
                    letter.open(), letter.at()));
        }
    }

    private void email(Letter letter) {
        if (mongo.exists(new Query(where("_id").is(letter.documentId())), MAIL_DELIVERIES)) {
            return;
        }
        JavaMailSender sender = mailSender.getObject();
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setTo(letter.recipientEmail());
            helper.setSubject(letter.subject());
            helper.setText(letter.body());
            helper.addAttachment(letter.fileName(), new ByteArrayResource(letter.pdf()), "application/pdf");
            sender.send(message);
            mongo.save(new Document(Map.of("_id", letter.documentId(), "to", letter.recipientEmail(), "at", Date.from(letter.at()))), MAIL_DELIVERIES);
        } catch (MessagingException | MailException e) {
            throw new IllegalStateException("Could not e-mail document " + letter.documentId() + ": " + e.getMessage(), e);
        }
    }
}
