package io.salescrm.pipeline.api.pipeline;

/**
 * The deal fields a stage may require before a deal enters it. A field counts as filled when it holds a value:
 * an amount above zero, a company, at least one contact or product row, a date, a source, non-blank comments.
 */
public enum DealField {
    AMOUNT,
    COMPANY_ID,
    CONTACT_IDS,
    PRODUCT_ROWS,
    START_DATE,
    EXPECTED_CLOSE_DATE,
    SOURCE,
    COMMENTS
}
