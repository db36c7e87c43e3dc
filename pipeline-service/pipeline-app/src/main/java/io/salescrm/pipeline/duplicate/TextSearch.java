package io.salescrm.pipeline.duplicate;

import org.springframework.data.mongodb.core.query.Criteria;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The text search of the lead, contact and company lists: each read model keeps one lowercased {@link #FIELD}
 * with its names, company name, phones (as E.164 digits), emails and tax id; {@code q} matches a substring of it.
 * A phone-like {@code q} (e.g. {@code 8 912 345}) is matched by its digits in E.164 form.
 */
public final class TextSearch {

    public static final String FIELD = "searchText";
    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d\\s()\\-]{5,}");

    private TextSearch() {
    }

    /** The searchable text of a record made of these parts (nulls skipped) and its phone keys. */
    public static String text(Collection<String> phoneKeys, String... parts) {
        return Stream.concat(Stream.of(parts), phoneKeys.stream().map(key -> key.substring(1)))
                .filter(Objects::nonNull)
                .map(part -> part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" | "));
    }

    /** The filter for {@code q}: a case-insensitive substring of the searchable text. */
    public static Criteria matching(String q) {
        String term = q.strip().toLowerCase(Locale.ROOT);
        if (PHONE_LIKE.matcher(term).matches()) {
            String digits = term.replaceAll("\\D", "");
            // a national Russian number (8 ...) is stored as +7 ...; the digits as typed still find e.g. a tax id
            String international = term.startsWith("8") ? "7" + digits.substring(1) : digits;
            return new Criteria().orOperator(where(FIELD).regex(Pattern.quote(digits)),
                    where(FIELD).regex(Pattern.quote(international)));
        }
        return where(FIELD).regex(Pattern.quote(term));
    }
}
