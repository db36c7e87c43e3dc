package io.salescrm.pipeline.api.contact;

/** Instant messengers a contact can be reached on. */
public enum MessengerType {
    TELEGRAM,
    WHATSAPP,
    VIBER,
    SKYPE,
    OTHER
}
