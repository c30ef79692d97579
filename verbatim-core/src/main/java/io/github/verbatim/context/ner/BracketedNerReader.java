package io.github.verbatim.context.ner;

import io.github.verbatim.context.CharSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads hand-labelled documents written with inline brackets: a line {@code ### id} starts a document, and
 * each name is written {@code ⟦TYPE text⟧} with TYPE one of PER, ORG, LOC, MISC. The document text is the
 * lines up to the next header with the brackets and type labels removed (trailing blank lines dropped).
 */
public final class BracketedNerReader {

    /** Opening bracket of a name. */
    public static final char OPEN = '\u27E6';
    /** Closing bracket of a name. */
    public static final char CLOSE = '\u27E7';

    private BracketedNerReader() {
    }

    /** Reads every document of a UTF-8 file. */
    public static List<NerDocument> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses bracketed text.
     *
     * @throws IllegalArgumentException naming the document and offset of a malformed bracket or unknown type
     */
    public static List<NerDocument> parse(String markup) {
        List<NerDocument> docs = new ArrayList<>();
        String[] parts = markup.split("(?m)^### ", -1);
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            int newline = part.indexOf('\n');
            String id = (newline < 0 ? part : part.substring(0, newline)).strip();
            String body = newline < 0 ? "" : part.substring(newline + 1).stripTrailing();
            docs.add(document(id, body));
        }
        return docs;
    }

    private static NerDocument document(String id, String body) {
        StringBuilder text = new StringBuilder(body.length());
        List<GoldEntity> entities = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == CLOSE) {
                throw new IllegalArgumentException(id + ": unopened bracket at " + i);
            }
            if (c != OPEN) {
                text.append(c);
                i++;
                continue;
            }
            int space = body.indexOf(' ', i);
            int close = body.indexOf(CLOSE, i);
            if (space < 0 || close < 0 || close < space) {
                throw new IllegalArgumentException(id + ": malformed name at " + i);
            }
            String label = body.substring(i + 1, space);
            EntityType type;
            try {
                type = EntityType.valueOf(label);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id + ": unknown type '" + label + "' at " + i, e);
            }
            String name = body.substring(space + 1, close);
            if (name.indexOf(OPEN) >= 0) {
                throw new IllegalArgumentException(id + ": nested name at " + i);
            }
            int start = text.length();
            text.append(name);
            entities.add(new GoldEntity(new CharSpan(start, text.length()), type));
            i = close + 1;
        }
        return new NerDocument(id, text.toString(), entities);
    }
}
