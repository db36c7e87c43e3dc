package io.salescrm.billing.statement;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.rules.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Bank statement import: incoming money matched to invoices by number and amount (INVOICE WRITE needed). */
@RestController
@RequestMapping("/bank-statements")
public class BankStatementController {

    private final BankStatementImport statementImport;
    private final AccessPolicy access;

    public BankStatementController(BankStatementImport statementImport, AccessPolicy access) {
        this.statementImport = statementImport;
        this.access = access;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a bank statement (multipart part 'file': CSV in UTF-8)",
            description = "Header columns date, amount, payer, purpose, reference (currency optional), comma or "
                    + "semicolon separated, at most 5000 lines. Registers the lines whose purpose names one invoice "
                    + "number and whose amount is at most its balance; lists the others with the reason. Importing "
                    + "the same statement again registers nothing twice.")
    public StatementImportReport importStatement(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        AccessScope writable = access.requireScope(EntityType.INVOICE, Action.WRITE);
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException("file", "must be a non-empty CSV file");
        }
        try (BufferedReader csv = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            return statementImport.importStatement(csv, writable);
        }
    }
}
