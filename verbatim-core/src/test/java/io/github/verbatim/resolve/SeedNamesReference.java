package io.github.verbatim.resolve;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link SpeakerResolver#seedNames} as it was before its cheap paths (main 7076bba), kept as the reference the
 * equivalence test compares with.
 */
final class SeedNamesReference {

    private static final io.github.verbatim.text.WordSet SENTENCE_START_WORDS = SpeakerResolver.SENTENCE_START_WORDS;

    private SeedNamesReference() {
    }

    /** The seeding of main 7076bba, verbatim. */
    static void seedNames(Segmentation seg, TokenText forms, List<ResidueSpan> residue,
            ResolutionState state) {
        List<Token> tokens = seg.tokens();
        String text = seg.text();
        // sentence-initial capitalised words that also appear in lower case are ordinary words, not names
        Set<String> initial = new HashSet<>();
        for (Sentence s : seg.sentences()) {
            int t = s.firstToken();
            while (t < s.endToken() && tokens.get(t).type() == TokenType.QUOTE) {
                t++;
            }
            if (t < s.endToken() && isCap(seg, t)) {
                initial.add(forms.get(t));
            }
        }
        // one bit per initial form's hash code (mod 64), to turn most other words away without a set look-up
        long initialBits = 0;
        for (String form : initial) {
            initialBits |= 1L << form.hashCode();
        }
        Set<String> lowerForms = new HashSet<>();
        for (int i = 0; i < tokens.size() && !initial.isEmpty(); i++) {
            Token t = tokens.get(i);
            if (t.type() == TokenType.WORD && Character.isLowerCase(text.charAt(t.start()))
                    && (initialBits & 1L << forms.get(i).hashCode()) != 0 && initial.contains(forms.get(i))) {
                lowerForms.add(forms.get(i));
            }
        }
        List<Mention> singles = new ArrayList<>();
        int r = 0;
        for (Sentence s : seg.sentences()) {
            int t = s.firstToken();
            while (t < s.endToken()) {
                if (!isCap(seg, t)) {
                    t++;
                    continue;
                }
                int runStart = t;
                int k = t;
                while (k < s.endToken() && (isCap(seg, k) || isGlue(seg, k) && k + 1 < s.endToken() && isCap(seg, k + 1)
                        && k > runStart)) {
                    k++;
                }
                int from = runStart;
                String firstLower = forms.get(from);
                if (from == s.firstToken() || from > 0 && tokens.get(from - 1).type() == TokenType.QUOTE) {
                    String firstWord = seg.text(tokens.get(from));
                    boolean acronym = firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT));
                    if (!acronym && (SENTENCE_START_WORDS.contains(firstLower) || lowerForms.contains(firstLower))) {
                        from++;
                    }
                }
                t = k;
                if (from >= k) {
                    continue;
                }
                int cs = tokens.get(from).start();
                while (r < residue.size() && residue.get(r).end() <= cs) {
                    r++;
                }
                if (r < residue.size() && residue.get(r).start() <= cs) {
                    continue;
                }
                int ce = tokens.get(k - 1).end();
                if (k - from == 1) {
                    // a lone capitalised word can only be a surname of someone named in full
                    String w = text.substring(cs, ce);
                    singles.add(new Mention(cs, ce, w, List.of(forms.get(from)), MentionKind.NAME, w, ""));
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (int x = from; x < k; x++) {
                    words.add(seg.text(tokens.get(x)));
                }
                Mention m = MentionClassifier.classify(cs, ce, text.substring(cs, ce), words);
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                if (m.name().indexOf(' ') < 0) {
                    singles.add(m);
                    continue;
                }
                Entity e = state.byName(m.name());
                if (e == null) {
                    e = state.add(new Entity(m.name(), Entity.Kind.PERSON));
                }
                state.mention(e, cs);
                if (!m.role().isEmpty()) {
                    e.roles.add(m.role());
                }
            }
        }
        for (Mention m : singles) {
            Entity e = state.bySurname(m.name(), m.start());
            if (e != null) {
                state.mention(e, m.start());
                e.alias(m.name());
                if (!m.role().isEmpty()) {
                    e.roles.add(m.role());
                }
            }
        }
    }

    private static boolean isCap(Segmentation seg, int t) {
        Token tok = seg.tokens().get(t);
        return tok.type() == TokenType.WORD && Character.isUpperCase(seg.text().charAt(tok.start()));
    }

    private static boolean isGlue(Segmentation seg, int t) {
        Token tok = seg.tokens().get(t);
        if (tok.type() != TokenType.WORD) {
            return false;
        }
        // compared in place: this runs after every capitalised word
        String text = seg.text();
        int at = tok.start();
        switch (tok.end() - at) {
            case 2:
                return text.startsWith("of", at) || text.startsWith("de", at) || text.startsWith("al", at);
            case 3:
                return text.startsWith("van", at) || text.startsWith("von", at);
            default:
                return false;
        }
    }
}
