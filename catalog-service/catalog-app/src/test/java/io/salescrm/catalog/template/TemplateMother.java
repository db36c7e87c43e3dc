package io.salescrm.catalog.template;

import io.salescrm.catalog.api.template.CreateTemplateCommand;
import io.salescrm.catalog.api.template.TemplateKind;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test data for templates: a valid offer template by default, varied one field at a time. */
public final class TemplateMother {

    public static final String NAME = "Standard offer";
    public static final String SUBJECT = "Offer for {{client.name}}";
    public static final String BODY = "Dear {{client.contactName}},\n{{#products}}- {{product.name}}: {{product.price}}\n{{/products}}"
            + "Valid until {{offer.validUntil}}.\n{{manager.signature}}";

    private TemplateMother() {
    }

    public static CreateTemplateCommand offer(String id) {
        return new CreateTemplateCommand(id, TemplateKind.OFFER, NAME, SUBJECT, BODY);
    }

    /** A JSON body for POST /templates. */
    public static Map<String, Object> requestBody(String kind, String name, String subject, String body) {
        var request = new LinkedHashMap<String, Object>();
        request.put("kind", kind);
        request.put("name", name);
        request.put("subject", subject);
        request.put("body", body);
        return request;
    }

    public static Map<String, Object> offerBody() {
        return requestBody("OFFER", NAME, SUBJECT, BODY);
    }

    /** A JSON body for PUT /templates/{id}. */
    public static Map<String, Object> changeBody(long expectedVersion, String body) {
        var request = requestBody(null, NAME, SUBJECT, body);
        request.remove("kind");
        request.put("expectedVersion", expectedVersion);
        return request;
    }
}
