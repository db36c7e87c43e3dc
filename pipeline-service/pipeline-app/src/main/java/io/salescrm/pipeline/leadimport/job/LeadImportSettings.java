package io.salescrm.pipeline.leadimport.job;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of lead imports ({@code crm.lead-import.*}): the largest file accepted, the longest row (characters)
 * and how many row errors a job keeps (later failures are counted, not stored).
 */
@ConfigurationProperties("crm.lead-import")
public record LeadImportSettings(Long maxFileBytes, Integer maxRowChars, Integer maxStoredErrors) {

    public LeadImportSettings {
        maxFileBytes = maxFileBytes == null ? 200L * 1024 * 1024 : maxFileBytes;
        maxRowChars = maxRowChars == null ? 65_536 : maxRowChars;
        maxStoredErrors = maxStoredErrors == null ? 10_000 : maxStoredErrors;
    }
}
