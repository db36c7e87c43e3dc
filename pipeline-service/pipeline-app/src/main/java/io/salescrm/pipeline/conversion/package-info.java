/**
 * The article's work schemes (DESIGN §2 item 6): a lead converted into a contact and/or company (variant 1) or
 * straight into a deal with its contact and company (variant 2), a deal created from an existing company or
 * contact (variant 3), and inquiries of a simple-mode pipeline that create contact, company and deal in one step
 * (variant 4).
 * <p>
 * <b>Why one transaction rather than a saga or a process record.</b> A conversion sends several commands to
 * several aggregates: first {@code MarkLeadConvertedCommand} (the lead decides whether it may be converted, and
 * records the ids of what it becomes, generated up front), then the company, the contact (or its link to the
 * company) and the deal, each created with its {@code originLeadId}. Every command of this service is handled
 * synchronously on the calling thread, and the JDBC event store takes its connection from the Spring transaction
 * in progress; {@link io.salescrm.pipeline.conversion.ConversionSteps#atomically} runs all the commands of one
 * conversion in one database transaction, so the events of all of them are stored together or not at all. A
 * failure half-way (a refused command, a crash, a lost connection) therefore leaves nothing to resume: the lead is
 * not converted and nothing was created, and repeating the request simply converts it. A saga or a process record
 * would have to cope with a lead marked converted whose contact or deal never came to exist, and with steps run
 * twice; here that state cannot be stored. Kafka publishing and the read models follow the event store by tracking,
 * so they only ever see committed, complete conversions.
 * <p>
 * <b>Converting twice.</b> The lead aggregate refuses a second conversion (409 {@code already-converted}, with the
 * lineage of the first one). Two concurrent conversions of one lead both try to append the lead's next event; the
 * event store's unique (aggregate, sequence) key lets one commit and the other fail as a concurrent change, which is
 * answered the same way. With an {@code Idempotency-Key}, a repeated request returns the first result instead
 * (the ids of created records are derived from the key's conversion id, see {@link
 * io.salescrm.pipeline.conversion.ConversionIds}).
 */
package io.salescrm.pipeline.conversion;
