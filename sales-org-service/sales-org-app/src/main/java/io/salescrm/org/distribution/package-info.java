/**
 * Lead distribution (issue 3, DESIGN §3): leads the pipeline creates without a responsible are given to an
 * active employee of a target unit by the first matching rule, and the decision is published on the org topic
 * for the pipeline to carry out.
 *
 * <h2>Flow</h2>
 * <ol>
 *   <li>{@code command.LeadIntake} takes {@code LeadCreatedEvent}, {@code LeadAssignedEvent} and
 *       {@code LeadClosedEvent} from {@code crm.pipeline.events} in one Kafka-sourced tracking processor
 *       ({@value io.salescrm.org.distribution.command.LeadIntake#GROUP}), one event per batch. Every lead event
 *       updates the open-lead count ({@code query.LeadLoad}); a lead created without a responsible goes to
 *       {@code command.LeadDistributor}.</li>
 *   <li>The distributor finds the matching rules in the read model (source in the rule's sources or the rule takes
 *       any; pipeline equal or the rule takes any), lowest priority number first, then the older rule, then the
 *       smaller id, and sends the first one {@code ProposeAssigneeCommand}. The rule aggregate
 *       ({@code command.DistributionRule}) answers from its own state and the roster (active members of its
 *       target unit by primary or further membership, in employee-id order; open leads per employee): round robin
 *       takes the next member after the one it picked last, wrapping around; fewest open leads takes the member
 *       with the fewest, ties by id; with nobody active, the fallback employee if set and active; else nobody.
 *       A proposal changes nothing.</li>
 *   <li>The outcome is recorded by creating the lead's {@code command.LeadAssignment} aggregate (id = lead id):
 *       {@code LeadAssignmentDecidedEvent} or {@code LeadAssignmentFailedEvent} (also when no rule matches).</li>
 *   <li>Only then, from that decision, a round-robin rule's position moves: {@code AdvanceRoundRobinCommand}
 *       makes the rule record {@code RoundRobinAdvancedEvent}, whose event-sourcing handler sets the position.
 *       Fallback decisions and failures do not move it.</li>
 * </ol>
 *
 * <h2>Why a lead is never decided twice and the rotation never moves twice</h2>
 * <ul>
 *   <li><b>One outcome per lead, enforced by the store.</b> The outcome is the first and only event of an
 *       aggregate whose id is the lead id. The event store accepts one event with sequence number 0 per
 *       aggregate id (unique key), so a second outcome for the same lead cannot be stored, whoever tries.</li>
 *   <li><b>Redelivery is recognised before anything is done.</b> Before proposing, the distributor asks the event
 *       store whether the lead's aggregate exists; a redelivered, replayed or duplicated lead-created event (Kafka
 *       is at-least-once; a producer retry can even write it twice) stops there: no proposal, no decision, no
 *       position change.</li>
 *   <li><b>The position moves from the decision, in the same transaction.</b> The intake handler runs in the unit
 *       of work of its tracking processor; the commands it sends join that unit of work, and their events are
 *       appended in the same database transaction as the processor's new Kafka position. The decision and the
 *       position change commit together with "this lead-created event is handled", or none of them does (then
 *       the event is delivered again and decided afresh). Should the decision's insert ever collide (two
 *       deciders at once), the whole transaction rolls back, including the position change, and the retry finds
 *       the lead decided.</li>
 *   <li><b>Replaying projections cannot touch the rotation.</b> The position is state of the event-sourced rule,
 *       not of a read model: rebuilding read models replays events into MongoDB only. {@code AdvanceRoundRobinCommand}
 *       for the lead the rule already advanced for is ignored as well.</li>
 *   <li><b>Decisions are serialised per rule.</b> The rule aggregate is the consistency boundary of its rotation:
 *       proposals read the position under the aggregate's lock, appends are checked by sequence number, and one
 *       tracking processor segment handles the leads one at a time, each batch committed before the next is read.</li>
 *   <li><b>Read models are idempotent.</b> Projections key documents by id and apply an event only if its sequence
 *       number is newer than the document's; outcomes are insert-once; the open-lead count only inserts a lead
 *       once, applies the newest pipeline assignment, and closes for good. The distributor also counts its
 *       decision at once, so the next lead's fewest-open-leads choice sees it without waiting for a projection.</li>
 * </ul>
 * Errors in the intake are retried, not skipped ({@code config.DistributionProcessing}): a lead skipped on a
 * transient failure would never be distributed. The rule's stream grows by one event per round-robin decision;
 * snapshots ({@code config.DistributionSnapshots}) keep loading it cheap.
 *
 * <h2>Org data</h2>
 * Distribution keeps its own projection of the org events of the local event store
 * ({@code query.DistributionOrgProjection}): units (exist, open) and employees (active, primary unit, further
 * units). Employee and unit events are sales-org's own, so they are read from the event store, not from Kafka.
 */
package io.salescrm.org.distribution;
