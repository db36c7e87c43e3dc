package io.salescrm.pipeline.api.contact;

/** What kind of line a phone number is. */
public enum PhoneType {
    WORK,
    MOBILE,
    HOME,
    FAX,
    OTHER
}
