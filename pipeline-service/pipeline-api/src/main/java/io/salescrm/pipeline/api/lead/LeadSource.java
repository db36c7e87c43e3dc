package io.salescrm.pipeline.api.lead;

/**
 * Where a lead came from (DESIGN §2.3: client potential). Distribution rules in sales-org select leads by it, and
 * refer to its values by name.
 */
public enum LeadSource {
    WEBSITE,
    SEARCH_ENGINE,
    MAP,
    INDUSTRY_DIRECTORY,
    PURCHASED_DATABASE,
    REFERRAL,
    CALL,
    EMAIL,
    EXHIBITION,
    OTHER
}
