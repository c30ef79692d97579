package io.github.verbatim.index.statements;

import java.util.List;
import java.util.Objects;

/**
 * One statement as reported across articles and outlets.
 *
 * @param id            stable id derived from its members, identical whatever order they were clustered in
 * @param text          the reference wording: the one most reports printed (ties: the earliest)
 * @param reports       every report, earliest first ({@link StatementReport#CHRONOLOGICAL})
 * @param speakerNames  distinct speaker names the reports use, sorted
 * @param outlets       every outlet that reported it, sorted, unknown outlets omitted
 * @param variants      altered wordings of a direct quotation, most printed first
 */
public record Statement(String id, String text, List<StatementReport> reports, List<String> speakerNames,
                        List<String> outlets, List<Variant> variants) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        reports = List.copyOf(reports);
        speakerNames = List.copyOf(speakerNames);
        outlets = List.copyOf(outlets);
        variants = List.copyOf(variants);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a statement has at least one report");
        }
    }

    /** The first report by date. */
    public StatementReport earliest() {
        return reports.get(0);
    }
}
