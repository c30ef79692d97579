package io.github.verbatim.extract;

import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Token;
import java.util.List;
import java.util.Locale;

/**
 * The normalised form of every token of one segmentation, computed once: lower case, with typographic
 * apostrophes folded to {@code '}. Lexicon look-ups compare these strings, so "Says", "says" and "says"
 * after a line break all match. Immutable.
 */
public final class TokenText {

    private final String[] forms;

    private TokenText(String[] forms) {
        this.forms = forms;
    }

    /** Normalised forms of {@code segmentation}'s tokens. */
    public static TokenText of(Segmentation segmentation) {
        List<Token> tokens = segmentation.tokens();
        String text = segmentation.text();
        String[] forms = new String[tokens.size()];
        char[] scratch = null;
        for (int i = 0; i < forms.length; i++) {
            Token t = tokens.get(i);
            int start = t.start();
            int end = t.end();
            // an ASCII token: lower-casing maps A-Z to a-z and nothing else, and it has no typographic apostrophe,
            // so its form is made in one copy (no substring to lower-case); any other token goes through normalise
            boolean upper = false;
            boolean ascii = true;
            for (int k = start; k < end && ascii; k++) {
                char c = text.charAt(k);
                ascii = c < 0x80;
                upper |= c >= 'A' && c <= 'Z';
            }
            if (!ascii) {
                forms[i] = normalise(text.substring(start, end));
            } else if (!upper) {
                forms[i] = text.substring(start, end);
            } else {
                if (scratch == null || scratch.length < end - start) {
                    scratch = new char[Math.max(32, end - start)];
                }
                for (int k = start; k < end; k++) {
                    char c = text.charAt(k);
                    scratch[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                }
                forms[i] = new String(scratch, 0, end - start);
            }
        }
        return new TokenText(forms);
    }

    /** Lower case with typographic apostrophes folded to {@code '}. */
    public static String normalise(String token) {
        boolean plain = true;
        for (int i = 0; i < token.length() && plain; i++) {
            char c = token.charAt(i);
            plain = c < 0x80 && !(c >= 'A' && c <= 'Z');
        }
        if (plain) {
            return token;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0 || lower.indexOf('\u02BC') >= 0) {
            lower = lower.replace('\u2019', '\'').replace('\u02BC', '\'');
        }
        return lower;
    }

    /** Normalised form of token {@code i}. */
    public String get(int i) {
        return forms[i];
    }

    /** Number of tokens. */
    public int size() {
        return forms.length;
    }
}
