package io.salescrm.pipeline.leadimport.job;

import io.salescrm.pipeline.api.lead.LeadSource;

import java.util.Map;

/**
 * How to read one CSV file: its encoding (UTF-8 or windows-1251), delimiter ({@code ,} or {@code ;}), whether the
 * first row names the columns, the mapping from column (header name, or 1-based number without a header) to lead
 * field, the duplicate policy, and the source and responsible employee for rows that name none (a null
 * responsible leaves the leads to distribution).
 */
public record LeadImportOptions(
        String encoding,
        char delimiter,
        boolean header,
        Map<String, String> mapping,
        DuplicatePolicy duplicatePolicy,
        LeadSource defaultSource,
        String defaultResponsibleId) {
}
