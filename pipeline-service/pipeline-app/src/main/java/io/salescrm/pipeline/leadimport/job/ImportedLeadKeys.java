package io.salescrm.pipeline.leadimport.job;

import io.salescrm.pipeline.duplicate.DuplicateKeys;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * The duplicate keys of a lead a running import created (collection {@code lead_import_keys}), so later rows of
 * the same file find it before the lead read model shows it. Dropped when the job ends.
 */
@Document("lead_import_keys")
public record ImportedLeadKeys(@Id String leadId, @Indexed String jobId, List<String> phoneKeys, List<String> emailKeys,
                               String companyNameKey) {

    static ImportedLeadKeys of(String jobId, String leadId, DuplicateKeys keys) {
        return new ImportedLeadKeys(leadId, jobId, keys.phoneKeys(), keys.emailKeys(), keys.companyNameKey());
    }
}
