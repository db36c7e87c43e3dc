package io.salescrm.pipeline.leadimport.job;

/** What an import does with a row that matches an existing lead (same e-mail or phone). */
public enum DuplicatePolicy {
    /** Leave the existing lead as it is and count the row as skipped. */
    SKIP,
    /** Fill the existing lead with the row's values (phones and e-mails are added); undo restores it. */
    UPDATE,
    /** Create a new lead anyway. */
    CREATE
}
