package io.salescrm.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id rule: keep a caller's id if it is sane, otherwise make a new one. */
public final class RequestIds {

    /** Header carrying the id in both directions (client -> gateway -> service, and back on the response). */
    public static final String HEADER = "X-Request-Id";

    /** At most 64 characters of letters, digits, dot, underscore and hyphen: safe in logs, headers and JSON. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static boolean isSane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }

    /** The incoming id if it is sane, otherwise a fresh random UUID. */
    public static String acceptOrGenerate(String incoming) {
        return isSane(incoming) ? incoming : UUID.randomUUID().toString();
    }
}
