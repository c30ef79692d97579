package io.github.verbatim.index.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into words and gives each a comparison form: NFKC, case-folded, diacritics removed, typographic
 * apostrophes unified. Punctuation and quotation marks are not words; an apostrophe between letters joins
 * ("Trump's"), a hyphen separates ("double-act" is two words, as "double act" is). Plain Java, stateless, thread-safe.
 */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    /** One word of a text: how it was written and the form it is compared by. */
    public record Word(String surface, String norm) {
    }

    /** The words of {@code text} in order; an empty list for null or wordless text. */
    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if (isInnerJoiner(c) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            String surface = text.substring(start, i);
            words.add(new Word(surface, fold(surface)));
        }
        return words;
    }

    /** The comparison forms of {@link #of}. */
    public static List<String> norms(String text) {
        List<Word> words = of(text);
        List<String> norms = new ArrayList<>(words.size());
        for (Word w : words) {
            norms.add(w.norm());
        }
        return norms;
    }

    /** The comparison form of one word or name: NFKC, lower case, no diacritics, apostrophes unified. */
    public static String fold(String s) {
        if (isPlainAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        d = MARKS.matcher(d).replaceAll("");
        d = d.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        return Normalizer.normalize(d, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '`') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isInnerJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02bc';
    }
}
