package io.salescrm.pipeline.api.contact;

/**
 * A phone number of a lead, contact or company as it was entered (e.g. {@code 8 (912) 345-67-89}); duplicate
 * detection and search compare its normalised E.164 form.
 */
public record Phone(String number, PhoneType type) {
}
