package io.salescrm.catalog.section.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the section API. */
public final class SectionRequests {

    private SectionRequests() {
    }

    /** {@code parentSectionId} empty: a top-level section. */
    public record CreateSection(@NotBlank @Size(max = 200) String name, @Size(min = 1, max = 64) String parentSectionId) {
    }

    public record RenameSection(@NotBlank @Size(max = 200) String name) {
    }

    /** {@code parentSectionId} null: move to the top level. */
    public record MoveSection(@Size(min = 1, max = 64) String parentSectionId) {
    }
}
