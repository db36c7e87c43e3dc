package io.salescrm.pipeline.api.contact;

/** A contact's account ({@code handle}: user name or number) on a messenger. */
public record Messenger(MessengerType type, String handle) {
}
