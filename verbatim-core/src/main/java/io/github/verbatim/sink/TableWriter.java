package io.github.verbatim.sink;

import io.github.verbatim.model.Attribution;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DocumentResult;
import io.github.verbatim.model.EntityRef;
import io.github.verbatim.model.PlaceRef;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.TimeRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes {@link DocumentResult}s as a plain-text table for people: per article a heading, then one row per
 * statement with speaker, cue, statement and kind (a statement interrupted by its cue shows "…" where
 * it was cut); the statement column wraps at word boundaries and is cut
 * (with "…") after a few lines; under each statement, its context when known — "when:" its time (the
 * expression, the resolved date or "unresolved", precision and source), "where:" its place, "about:" its
 * mentions (text → normalised name, type, speaker id); then the article's speakers with aliases and roles.
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class TableWriter {

    private static final int SPEAKER = 22;
    private static final int CUE = 20;
    private static final int KIND = 8;

    private final PrintWriter out;
    private final int statementWidth;
    private final int maxLines;

    /**
     * @param out            destination (not closed by this writer)
     * @param statementWidth width of the statement column, at least 20
     * @param maxLines       most lines of one statement before it is cut, at least 1
     */
    public TableWriter(PrintWriter out, int statementWidth, int maxLines) {
        this.out = Objects.requireNonNull(out, "out");
        if (statementWidth < 20 || maxLines < 1) {
            throw new IllegalArgumentException("statement width " + statementWidth + " < 20 or max lines " + maxLines + " < 1");
        }
        this.statementWidth = statementWidth;
        this.maxLines = maxLines;
    }

    /** Writes one article's table. */
    public void write(DocumentResult result) {
        String title = result.article().metadata().title();
        out.println("== " + result.article().id() + (title == null ? "" : "  " + oneLine(title))
                + "  (" + result.attributions().size() + " statements, " + result.speakers().size() + " speakers)");
        String rule = "-".repeat(SPEAKER + CUE + statementWidth + KIND + 9);
        out.println(row("speaker", "cue", "statement", "kind"));
        out.println(rule);
        CodePointIndex index = null;
        for (Attribution a : result.attributions()) {
            String statement = a.text();
            if (a.content().size() > 1) {
                // show where the statement was interrupted by its cue: "“A,” … “B.”"
                index = index == null ? CodePointIndex.of(result.article().text()) : index;
                StringBuilder b = new StringBuilder();
                for (Span s : a.content()) {
                    b.append(b.length() == 0 ? "" : " … ")
                            .append(result.article().text(), index.toChar(s.start()), index.toChar(s.end()));
                }
                statement = b.toString();
            }
            List<String> lines = wrap(oneLine(statement), statementWidth, maxLines);
            String speaker = a.speaker() == null ? (a.sourceText().isEmpty() ? "?" : a.sourceText() + " (?)")
                    : a.speaker().name();
            for (int i = 0; i < lines.size(); i++) {
                out.println(i == 0 ? row(speaker, a.cueText().isEmpty() ? "-" : a.cueText(), lines.get(i), a.kind().label())
                        : row("", "", lines.get(i), ""));
            }
            String context = context(a);
            if (!context.isEmpty()) {
                for (String line : wrap(context, statementWidth, maxLines)) {
                    out.println(row("", "", line, ""));
                }
            }
        }
        if (!result.speakers().isEmpty()) {
            out.println(rule);
            for (Speaker s : result.speakers()) {
                out.println(s.id() + "  " + s.name() + "  mentions " + s.mentions()
                        + (s.roles().isEmpty() ? "" : "  roles: " + String.join("; ", s.roles()))
                        + (s.aliases().isEmpty() ? "" : "  aliases: " + String.join("; ", s.aliases())));
            }
        }
        for (String d : result.diagnostics()) {
            out.println("note: " + d);
        }
        out.println();
        out.flush();
    }

    /**
     * "when: … · where: … · about: …" for the context fields of {@code a} that are set, or "" when none is;
     * one line unless a field's text holds line breaks (they are folded to spaces).
     */
    public static String context(Attribution a) {
        List<String> parts = new ArrayList<>(3);
        TimeRef t = a.time();
        if (t != null) {
            String date = t.date() == null ? "unresolved"
                    : t.end() != null && !t.end().equals(t.date()) ? t.date() + ".." + t.end() : t.date().toString();
            parts.add("when: " + (t.text() == null ? "" : oneLine(t.text()) + " = ") + date + " (" + t.precision()
                    + ", " + t.source() + ")");
        }
        PlaceRef p = a.place();
        if (p != null) {
            parts.add("where: " + oneLine(p.text()) + (p.kind().equals("venue") ? "" : " (" + p.kind() + ")"));
        }
        if (!a.mentions().isEmpty()) {
            StringBuilder b = new StringBuilder("about:");
            for (EntityRef m : a.mentions()) {
                b.append(b.length() > 6 ? ", " : " ").append(oneLine(m.text()));
                if (!m.name().equals(oneLine(m.text()))) {
                    b.append(" → ").append(m.name());
                }
                b.append(' ').append(m.type());
                if (m.speaker() != null) {
                    b.append(" (").append(m.speaker()).append(')');
                }
            }
            parts.add(b.toString());
        }
        return String.join(" · ", parts);
    }

    private String row(String speaker, String cue, String statement, String kind) {
        return pad(cut(oneLine(speaker), SPEAKER), SPEAKER) + " | " + pad(cut(oneLine(cue), CUE), CUE) + " | "
                + pad(statement, statementWidth) + " | " + kind;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String s, int width) {
        return s.codePointCount(0, s.length()) <= width ? s : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static String pad(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    /** Word-wrapped lines of {@code s}, at most {@code maxLines}, the last ending in "…" when cut. */
    static List<String> wrap(String s, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String w = word.length() > width ? cut(word, width) : word;
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    String last = lines.remove(maxLines - 1);
                    lines.add(cut(last + " …", width).endsWith("…") ? cut(last + " …", width) : last + " …");
                    return lines;
                }
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
