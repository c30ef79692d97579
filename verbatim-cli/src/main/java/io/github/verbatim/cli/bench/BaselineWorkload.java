package io.github.verbatim.cli.bench;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "physical floor" issue 9 measures extraction against: decode the article's UTF-8 bytes into a
 * {@code String} and split it into words with a regular expression ({@value #WORD}, Unicode letters and
 * digits, so that accented and non-Latin words count as words). Returns the word count. Thread-safe.
 */
public final class BaselineWorkload implements Workload {

    /** The word pattern. */
    public static final String WORD = "[\\p{L}\\p{M}\\p{Nd}]+";

    private static final Pattern PATTERN = Pattern.compile(WORD);

    @Override
    public String name() {
        return "UTF-8 decode + regex word split";
    }

    @Override
    public boolean needsBytes() {
        return true;
    }

    @Override
    public Task newTask() {
        return BaselineWorkload::words;
    }

    /** Decodes {@code item}'s bytes and counts the words in them. */
    static long words(BenchItem item) {
        if (item.utf8() == null) {
            throw new IllegalArgumentException("baseline item " + item.article().id() + " carries no UTF-8 bytes");
        }
        String text = new String(item.utf8(), StandardCharsets.UTF_8);
        Matcher m = PATTERN.matcher(text);
        long words = 0;
        while (m.find()) {
            words++;
        }
        return words;
    }
}
