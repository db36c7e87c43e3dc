package io.salescrm.billing.invoice.requisites;

import io.salescrm.billing.api.invoice.IssueInvoiceCommand;
import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.document.SellerProperties;
import io.salescrm.billing.reference.party.CompanyReference;
import io.salescrm.billing.reference.party.ContactReference;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.platform.rules.RuleViolationException;
import io.salescrm.pipeline.api.company.BankDetails;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Builds the command that issues an invoice: the payer's requisites as billing's reference read model has them
 * now (the company, else the contact; a merged one resolves to its survivor) and the seller's from configuration.
 * Used by the API and by the quote-to-cash process alike.
 */
@Component
public class IssueRequisites implements InvoiceRequisites {

    private final PartyReferences parties;
    private final SellerProperties seller;

    public IssueRequisites(PartyReferences parties, SellerProperties seller) {
        this.parties = parties;
        this.seller = seller;
    }

    @Override
    public IssueInvoiceCommand issue(String invoiceId, String companyId, String contactId, LocalDate dueDate) {
        return new IssueInvoiceCommand(invoiceId, dueDate, payer(companyId, contactId), seller());
    }

    /** The seller's requisites as configured now. */
    public PartyRequisites seller() {
        return new PartyRequisites(seller.name(), seller.taxId(), seller.kpp(), seller.address(), seller.bankName(),
                seller.bic(), seller.settlementAccount(), seller.correspondentAccount());
    }

    /** The payer's requisites, or a 422 when billing has not (yet) received the payer from the pipeline. */
    public PartyRequisites payer(String companyId, String contactId) {
        if (companyId != null) {
            return parties.company(companyId).map(IssueRequisites::of).orElseThrow(() -> unknown("company " + companyId));
        }
        return parties.contact(contactId).map(IssueRequisites::of).orElseThrow(() -> unknown("contact " + contactId));
    }

    private static PartyRequisites of(CompanyReference company) {
        BankDetails bank = company.bank();
        return new PartyRequisites(company.printedName(), company.taxId(), company.kpp(), company.legalAddress(),
                bank == null ? null : bank.bankName(), bank == null ? null : bank.bic(),
                bank == null ? null : bank.settlementAccount(), bank == null ? null : bank.correspondentAccount());
    }

    private static PartyRequisites of(ContactReference contact) {
        return new PartyRequisites(contact.fullName(), null, null, contact.address(), null, null, null, null);
    }

    private static RuleViolationException unknown(String payer) {
        return new RuleViolationException("payer-unknown", "Billing has no requisites of " + payer
                + " (yet): the payer must exist in the pipeline, and its events may take a few seconds to arrive.");
    }
}
