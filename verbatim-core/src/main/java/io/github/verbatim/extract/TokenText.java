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
        for (int i = 0; i < forms.length; i++) {
            Token t = tokens.get(i);
            forms[i] = normalise(text.substring(t.start(), t.end()));
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
