package io.github.verbatim.cli;

import io.github.verbatim.index.store.StoreReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Helpers the store verbs share: opening the store with a clear message, parsing user dates. */
final class StoreCommands {

    private StoreCommands() {
    }

    /** A user error to report as one line and exit code 2. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    static StoreReader openReader(Path store) throws UsageError, IOException {
        try {
            return StoreReader.open(store);
        } catch (NoSuchFileException e) {
            throw new UsageError("no store at " + store.toAbsolutePath().normalize()
                    + " (create one with 'verbatim index PATH... --store DIR')");
        }
    }

    /** Parses an ISO date ({@code 2021-03-24}), or a year-month ({@code 2021-03}, the first day) or a year. */
    static LocalDate date(String option, String value, boolean endOfPeriod) throws UsageError {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(v), 1, 1);
                return endOfPeriod ? d.withDayOfYear(d.lengthOfYear()) : d;
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v + "-01");
                return endOfPeriod ? d.withDayOfMonth(d.lengthOfMonth()) : d;
            }
            return LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
            throw new UsageError("bad " + option + " date '" + value + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    static int usage(PrintWriter err, String verb, String message) {
        err.println("verbatim " + verb + ": " + message);
        return VerbatimCli.EXIT_USAGE;
    }
}
