package io.salescrm.catalog.api.script;

/** What a company-standard sales script is written for: a product, a catalog section or a pipeline stage. */
public enum ScriptScopeKind {
    PRODUCT, SECTION, PIPELINE_STAGE
}
