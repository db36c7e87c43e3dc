package io.salescrm.catalog.api.template.render;

import java.util.List;

/** A rendered template text and every placeholder that stayed unfilled, in order of appearance. */
public record RenderedText(String text, List<UnfilledPlaceholder> unfilled) {
}
