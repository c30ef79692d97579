package io.github.verbatim.resolve;

import io.github.verbatim.clean.ResidueSpan;
import io.github.verbatim.extract.Candidate;
import io.github.verbatim.extract.CharRange;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.model.SpeakerRef;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import io.github.verbatim.text.WordSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Clusters source mentions into speaker entities within one article, with an ordered cascade of sieves:
 * names (full, surname, title + name), organisations, role nominals repeating an apposition ("the secretary
 * of state"), role nominals fitting a salient person's role ("the head of the US Foreign Office"), pronouns
 * (nearest compatible salient entity), documents ("the statement"), and finally any other description.
 *
 * <p>Before the cascade, capitalised name runs of the text (residue excluded) seed the people the article
 * mentions, with the roles given them in apposition ("US Secretary of State Anthony Blinken"), so later
 * surnames, roles and pronouns have someone to resolve to. A statement with no source takes the speaker of
 * the statement before it in its paragraph or the previous one, else the latest-mentioned person.
 *
 * <p>Stateless and thread-safe; each call works on its own state.
 */
public final class SpeakerResolver {

    private static final List<Sieve> SIEVES = List.of(new NameSieve(), new OrganisationSieve(), new RoleAliasSieve(),
            new RoleFitSieve(), new PronounSieve(), new DocumentSieve(), new DescriptionSieve());

    static final WordSet SENTENCE_START_WORDS = WordSet.of("the", "a", "an", "in", "on", "at", "as", "but",
            "and", "or", "if", "when", "while", "after", "before", "according", "this", "that", "these", "those",
            "there", "it", "its", "he", "she", "they", "we", "i", "our", "his", "her", "their", "what", "why", "how",
            "who", "so", "for", "with", "by", "from", "to", "since", "then", "now", "still", "yet", "also", "instead",
            "however", "meanwhile", "although", "though", "because", "during", "until", "unless", "where", "one",
            "some", "many", "most", "all", "both", "each", "every", "no", "not", "my", "your", "mr.", "ms.");

    /** Resolves the sources of {@code candidates} (in the given order) in {@code segmentation}'s text. */
    public Resolution resolve(Segmentation segmentation, TokenText forms, List<Candidate> candidates,
            List<ResidueSpan> residue) {
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(forms, "forms");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(residue, "residue");
        if (candidates.isEmpty()) {
            return new Resolution(List.of(), List.of(), List.of()); // seeding would serve no statement
        }
        ResolutionState state = new ResolutionState();
        seedNames(segmentation, forms, residue, state);
        List<SpeakerRef> refs = new ArrayList<>(candidates.size());
        List<String> sieves = new ArrayList<>(candidates.size());
        List<Entity> chosen = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Entity e = null;
            String sieve = "none";
            if (c.source() != null) {
                Mention m = mention(segmentation, c.source());
                if (m != null) {
                    for (Sieve s : SIEVES) {
                        e = s.resolve(m, state);
                        if (e != null) {
                            sieve = s.name();
                            record(state, e, m);
                            break;
                        }
                    }
                }
            } else {
                e = fromContext(segmentation, candidates, chosen, i, state);
                sieve = e == null ? "none" : "context";
            }
            chosen.add(e);
            sieves.add(sieve);
            if (e != null) {
                e.attributions++;
                e.firstAttribution = Math.min(e.firstAttribution, i);
                state.lastSpeaker = e;
            }
        }
        List<Entity> speaking = new ArrayList<>();
        for (Entity e : state.entities) {
            if (e.attributions > 0) {
                speaking.add(e);
            }
        }
        speaking.sort(Comparator.comparingInt(e -> e.firstAttribution));
        List<Speaker> speakers = new ArrayList<>(speaking.size());
        java.util.Map<Entity, SpeakerRef> ids = new java.util.IdentityHashMap<>();
        for (Entity e : speaking) {
            String id = "e" + (speakers.size() + 1);
            speakers.add(new Speaker(id, e.name, new ArrayList<>(e.aliases), new ArrayList<>(e.roles),
                    e.mentions.size()));
            ids.put(e, new SpeakerRef(id, e.name));
        }
        for (Entity e : chosen) {
            refs.add(e == null ? null : ids.get(e));
        }
        return new Resolution(speakers, refs, sieves);
    }

    private static void record(ResolutionState state, Entity e, Mention m) {
        state.mention(e, m.start());
        switch (m.kind()) {
            case NAME:
                if (!m.name().equalsIgnoreCase(e.name)) {
                    if (m.name().length() > e.name.length() && m.name().endsWith(e.name)) {
                        e.alias(e.name);
                        e.name = m.name();
                    } else {
                        e.alias(m.name());
                    }
                }
                if (!m.role().isEmpty()) {
                    e.roles.add(m.role());
                }
                break;
            case ROLE_NOMINAL:
            case ORGANISATION:
                e.alias(m.text());
                break;
            default:
                break;
        }
    }

    /** The speaker of the previous statement in this or the previous paragraph, else the latest person. */
    private static Entity fromContext(Segmentation seg, List<Candidate> candidates, List<Entity> chosen, int i,
            ResolutionState state) {
        int start = candidates.get(i).start();
        int para = paragraphOf(seg, start);
        for (int k = i - 1; k >= 0; k--) {
            if (chosen.get(k) == null) {
                continue;
            }
            int p = paragraphOf(seg, candidates.get(k).start());
            if (para - p <= 1) {
                return chosen.get(k);
            }
            break;
        }
        return state.mostRecent(start, e -> e.kind == Entity.Kind.PERSON);
    }

    private static int paragraphOf(Segmentation seg, int charOffset) {
        int t = Math.min(seg.tokenAtOrAfter(charOffset), seg.tokens().size() - 1);
        return t < 0 ? 0 : seg.sentences().get(seg.sentenceOfToken(t)).paragraph();
    }

    private static Mention mention(Segmentation seg, CharRange range) {
        List<Token> tokens = seg.tokens();
        List<String> words = new ArrayList<>();
        int first = seg.tokenAtOrAfter(range.start());
        int start = -1;
        int end = -1;
        int apposition = -1;
        for (int t = first; t < tokens.size() && tokens.get(t).start() < range.end(); t++) {
            Token tok = tokens.get(t);
            if (tok.type() == TokenType.PUNCT && seg.text().charAt(tok.start()) == ',' && !words.isEmpty()) {
                apposition = t + 1; // "Brian Fallon, the campaign’s press secretary,"
                break;
            }
            if (tok.type() == TokenType.PUNCT && seg.text().charAt(tok.start()) == '.' && !words.isEmpty()
                    && tokens.get(t - 1).end() == tok.start()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "."); // "B." in "Lawrence B. Cummings"
                end = tok.end();
                continue;
            }
            if (tok.type() == TokenType.PUNCT || tok.type() == TokenType.QUOTE) {
                continue;
            }
            if (start < 0) {
                start = tok.start();
            }
            end = tok.end();
            words.add(seg.text(tok));
        }
        if (words.isEmpty()) {
            return null;
        }
        Mention m = MentionClassifier.classify(start, end, seg.text().substring(start, end), words);
        if (apposition > 0 && m.kind() == MentionKind.NAME && m.role().isEmpty()) {
            String role = appositionRole(seg, apposition, range.end());
            if (!role.isEmpty()) {
                m = new Mention(m.start(), m.end(), m.text(), m.forms(), m.kind(), m.name(), role);
            }
        }
        return m;
    }

    /** The role an apposition gives ("a senior adviser to the Clinton campaign"), or "" when it names none. */
    private static String appositionRole(Segmentation seg, int from, int endChar) {
        List<Token> tokens = seg.tokens();
        int start = -1;
        int end = -1;
        boolean role = false;
        for (int t = from; t < tokens.size() && tokens.get(t).start() < endChar; t++) {
            Token tok = tokens.get(t);
            if (tok.type() == TokenType.PUNCT && seg.text().charAt(tok.start()) == ',') {
                break;
            }
            String w = seg.text(tok).toLowerCase(Locale.ROOT);
            if (start < 0 && (w.equals("a") || w.equals("an") || w.equals("the"))) {
                continue;
            }
            if (start < 0) {
                start = tok.start();
            }
            end = tok.end();
            role |= io.github.verbatim.extract.Roles.isRoleHead(w);
        }
        return role && start >= 0 ? seg.text().substring(start, end) : "";
    }

    /**
     * Seeds people from the capitalised name runs of the text.
     *
     * <p>Cheap paths, all exact: only sentence-initial forms outside {@link #SENTENCE_START_WORDS} are checked
     * for a lower-case use (the other ones are dropped at a sentence start whatever the answer); a lone
     * capitalised word is kept as its offsets and becomes a string only when a seeded surname matches it;
     * a run's lower-case forms come from {@code forms} instead of being lower-cased again.
     */
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
            if (t < s.endToken() && isCap(seg, t) && !SENTENCE_START_WORDS.contains(forms.get(t))) {
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
        // surname candidates in text order: a lone word (offsets and token, mention null) or a one-word name
        SingleNames singles = new SingleNames();
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
                    singles.add(cs, ce, from, null);
                    continue;
                }
                List<String> words = new ArrayList<>(k - from);
                List<String> lower = new ArrayList<>(k - from);
                for (int x = from; x < k; x++) {
                    String word = seg.text(tokens.get(x));
                    words.add(word);
                    lower.add(classifierForm(word, forms.get(x)));
                }
                Mention m = MentionClassifier.classify(cs, ce, text.substring(cs, ce), words, lower);
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                if (m.name().indexOf(' ') < 0) {
                    singles.add(cs, ce, from, m);
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
        if (!state.hasSurnames()) {
            return; // no seeded person has a surname: no single can be one
        }
        for (int x = 0; x < singles.size; x++) {
            Mention m = singles.mentions.get(x);
            int start = singles.starts[x];
            Entity e;
            if (m != null) {
                e = state.bySurname(m.name(), start);
            } else {
                String form = forms.get(singles.tokens[x]);
                // the normalised form is the word's lower case unless the word has an apostrophe of some kind
                e = form.indexOf('\'') < 0 ? state.bySurnameLowerCase(form, start)
                        : state.bySurname(text.substring(start, singles.ends[x]), start);
            }
            if (e != null) {
                String name = m != null ? m.name() : text.substring(start, singles.ends[x]);
                state.mention(e, start);
                e.alias(name);
                if (m != null && !m.role().isEmpty()) {
                    e.roles.add(m.role());
                }
            }
        }
    }

    /**
     * The form {@link MentionClassifier#classify(int, int, String, List)} gives {@code word} (lower case,
     * {@code \u2019} folded to {@code '}), taken from its normalised form {@code normalised} when they must be
     * equal: both lower-case the word, and they differ only where the word has an apostrophe ({@code '},
     * {@code \u2019}, {@code \u02BC}), which the normalised form then shows as {@code '}.
     */
    static String classifierForm(String word, String normalised) {
        return normalised.indexOf('\'') < 0 ? normalised : MentionClassifier.form(word);
    }

    /** Surname candidates of {@link #seedNames} in text order, in parallel arrays. */
    private static final class SingleNames {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int[] tokens = new int[16];
        final List<Mention> mentions = new ArrayList<>();
        int size;

        void add(int start, int end, int token, Mention m) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
                tokens = java.util.Arrays.copyOf(tokens, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            tokens[size] = token;
            mentions.add(m);
            size++;
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
