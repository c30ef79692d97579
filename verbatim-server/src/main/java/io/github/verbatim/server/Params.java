package io.github.verbatim.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and validates query parameters, failing with a 400 {@link ApiException} that names the parameter. */
final class Params {

    private Params() {
    }

    /** The trimmed parameter, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** An integer parameter in {@code [min, max]}, or {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad_parameter", name + " must be an integer, got '" + v + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("bad_parameter", name + " must be between " + min + " and " + max
                    + ", got " + n);
        }
        return n;
    }

    /** A {@code YYYY-MM-DD} date parameter, or null when absent. */
    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("bad_date", name + " must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    /** A boolean parameter ({@code true}/{@code false}), or {@code fallback} when absent. */
    static boolean flag(Context ctx, String name, boolean fallback) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw ApiException.badRequest("bad_parameter", name + " must be true or false, got '" + v + "'");
    }
}
