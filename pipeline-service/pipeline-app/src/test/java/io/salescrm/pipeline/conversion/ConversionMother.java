package io.salescrm.pipeline.conversion;

import io.salescrm.pipeline.api.pipeline.CreatePipelineCommand;
import io.salescrm.pipeline.api.pipeline.DealField;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.pipeline.lead.LeadMother;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for conversions: leads worth converting, pipelines of each mode and request bodies. */
public final class ConversionMother {

    private ConversionMother() {
    }

    /** A lead with a person, a company, a unique phone and email and an expected 1000.00 USD. */
    public static Map<String, Object> lead(String title) {
        return LeadMother.requestBody(title);
    }

    /** A lead that names neither a person nor a company. */
    public static Map<String, Object> bareLead(String title) {
        return Map.of("title", title, "source", "CALL");
    }

    /** {@code {}}: a new record from the lead's data. */
    public static Map<String, Object> fromLead() {
        return Map.of();
    }

    public static Map<String, Object> existing(String id) {
        return Map.of("id", id);
    }

    /** A convert request body; null parts are left out. */
    public static Map<String, Object> convert(Object contact, Object company, Object deal) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (contact != null) {
            body.put("contact", contact);
        }
        if (company != null) {
            body.put("company", company);
        }
        if (deal != null) {
            body.put("deal", deal);
        }
        return body;
    }

    /** Variant 2: a deal (and with it the lead's contact and company), all defaults. */
    public static Map<String, Object> intoDeal() {
        return convert(null, null, Map.of());
    }

    public static Map<String, Object> intoDeal(Map<String, Object> deal) {
        return convert(null, null, deal);
    }

    /** A simple-mode pipeline (variant 4: inquiries, no leads), defined through the command gateway. */
    public static String simpleModePipeline(CommandGateway commands) {
        return pipeline(commands, true, List.of());
    }

    /** A pipeline whose first stage requires an expected close date: a deal without one cannot enter it. */
    public static String pipelineRequiringACloseDate(CommandGateway commands) {
        return pipeline(commands, false, List.of(DealField.EXPECTED_CLOSE_DATE));
    }

    private static String pipeline(CommandGateway commands, boolean simpleMode, List<DealField> firstStageRequires) {
        String id = "p-" + UUID.randomUUID();
        commands.sendAndWait(new CreatePipelineCommand(id, "Pipeline " + id, List.of(
                new PipelineStage("incoming", "Incoming", StageSemantics.IN_PROGRESS, 20, "#8fb3ff", firstStageRequires),
                new PipelineStage("done", "Done", StageSemantics.WON, 100, "#2a9d8f", List.of()),
                new PipelineStage("dropped", "Dropped", StageSemantics.LOST, 0, "#e76f51", List.of())), simpleMode, false));
        return id;
    }

    /** An inquiry body with a new person (unique phone and email) and a new company. */
    public static Map<String, Object> inquiry(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person());
        body.put("company", Map.of("name", "Inquiring company " + UUID.randomUUID()));
        body.put("title", title);
        body.put("amount", "2500.00");
        body.put("currency", "RUB");
        body.put("source", "CALL");
        return body;
    }

    public static Map<String, Object> person() {
        return Map.of("firstName", "Olga", "lastName", "Sidorova",
                "phones", List.of(Map.of("number", LeadMother.uniquePhone(), "type", "WORK")),
                "emails", List.of(LeadMother.uniqueEmail()));
    }

    /** A variant 3 body: a deal of {@code amount} RUB. */
    public static Map<String, Object> deal(String title, String amount) {
        return Map.of("title", title, "amount", amount, "currency", "RUB");
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
