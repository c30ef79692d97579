package io.github.verbatim.learn;

import io.github.verbatim.text.Paragraph;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one paragraph of a {@link Segmentation} into hashed feature rows per token ({@link SequenceFeatures}).
 *
 * <p>Every feature is a template id combined with values hashed straight from the text's chars (no per-token
 * strings, no regular expressions), reduced to {@code hashBits} bits. Which templates fire is decided by the
 * enabled {@link FeatureGroup}s; a bias feature always fires. A paragraph is the tagging unit because
 * statements often run over several sentences but rarely over paragraphs; sentence boundaries and positions
 * are features. Immutable and thread-safe.
 */
public final class FeatureExtractor {

    // template ids; each must stay stable across versions of the model format
    private static final int BIAS = 1;
    private static final int W0 = 2;
    private static final int WM1 = 3;
    private static final int WP1 = 4;
    private static final int WM2 = 5;
    private static final int WP2 = 6;
    private static final int BI_M1_0 = 7;
    private static final int BI_0_P1 = 8;
    private static final int SUF2 = 10;
    private static final int SUF3 = 11;
    private static final int PRE3 = 12;
    private static final int SH0 = 20;
    private static final int SHM1 = 21;
    private static final int SHP1 = 22;
    private static final int SH_M1_0 = 23;
    private static final int SH_0_P1 = 24;
    private static final int TYPE = 25;
    private static final int LEX0 = 30;
    private static final int LEXM1 = 31;
    private static final int LEXP1 = 32;
    private static final int LEX_LEFT = 33;
    private static final int LEX_RIGHT = 34;
    private static final int LEX_SENT = 35;
    private static final int LEX0_W0 = 36;
    private static final int LEXP1_SH0 = 37;
    private static final int LEXM1_SH0 = 38;
    private static final int LEX_RIGHT_W0 = 39;
    private static final int Q_IN = 40;
    private static final int Q_MARK = 41;
    private static final int Q_DIST = 42;
    private static final int Q_NEXT = 43;
    private static final int Q_IN_LEXSENT = 44;
    private static final int Q_PARA_OPENS = 45;
    private static final int Q_IN_SH0 = 46;
    private static final int Q_IN_SENTPOS = 47;
    private static final int P_PREV = 50;
    private static final int P_NEXT = 51;
    private static final int P_END = 52;
    private static final int P_PREV_W0 = 53;
    private static final int POS_SENT = 60;
    private static final int POS_TOKEN = 61;
    private static final int POS_TO_END = 62;
    private static final int POS_PARA = 63;
    private static final int S_T0 = 70;
    private static final int S_TM1 = 71;
    private static final int S_TP1 = 72;
    private static final int S_TM2 = 73;
    private static final int S_TP2 = 74;
    private static final int S_T0_W0 = 75;
    private static final int S_CUE_LEFT = 76;
    private static final int S_CUE_RIGHT = 77;
    private static final int S_SRC_LEFT = 78;
    private static final int S_SRC_RIGHT = 79;
    private static final int S_SENT_ROLES = 80;
    private static final int S_PREV_SENT_ROLES = 81;
    private static final int S_TM1_T0_TP1 = 82;
    private static final int S_CUE_LEFT_W0 = 83;
    private static final int C_M1_0 = 90;
    private static final int C_0_P1 = 91;
    private static final int C_M2_M1_0 = 92;
    private static final int C_0_P1_P2 = 93;
    private static final int C_M1_0_P1 = 94;
    private static final int C_CUE_RIGHT = 95;

    /** Values {@link #bucket} returns: 0..8 and 15. */
    private static final int BUCKETS = 16;
    /** Values a stacked tag feature reads: a tag 0..{@code BioTags.COUNT - 1}, or 9 off the paragraph's edge. */
    private static final int TAG_VALUES = 10;
    /** Values of a sentence's role set: one bit per {@link AttributionRole}. */
    private static final int ROLE_SETS = 1 << AttributionRole.values().length;

    /** Most rows the stacked templates write for one token. */
    static final int STACKED_ROWS_MAX = 14;

    private static final long NONE = 0x5bd1e995L;
    private static final long BOUNDARY = TokenFacts.BOUNDARY_HASH;

    /**
     * The token-local templates: each reads only the one token at its offset (its lower-case hash, its
     * case-sensitive shape, its type, its cue strength or its own chars), or the boundary facts off the
     * paragraph's edge. Every other template is written out in {@link #contextRows}. A new template belongs here
     * exactly when it reads one token's {@link TokenFacts} and nothing else; then the tagger sums its weights
     * once per distinct token ({@link TokenVectorCache}).
     */
    private static final List<TokenTemplate> TOKEN_TEMPLATES = List.of(
            TokenTemplate.always(BIAS, 0, Set.of(), t -> 0),
            TokenTemplate.always(W0, 0, Set.of(FeatureGroup.WORDS), TokenFacts::lower),
            TokenTemplate.always(WM1, -1, Set.of(FeatureGroup.WORDS), TokenFacts::lower),
            TokenTemplate.always(WP1, 1, Set.of(FeatureGroup.WORDS), TokenFacts::lower),
            TokenTemplate.always(WM2, -2, Set.of(FeatureGroup.WORDS), TokenFacts::lower),
            TokenTemplate.always(WP2, 2, Set.of(FeatureGroup.WORDS), TokenFacts::lower),
            new TokenTemplate(SUF2, 0, Set.of(FeatureGroup.AFFIXES), t -> t.length() > 2,
                    t -> FeatureHash.lower(t.text(), t.end() - 2, t.end())),
            new TokenTemplate(SUF3, 0, Set.of(FeatureGroup.AFFIXES), t -> t.length() > 3,
                    t -> FeatureHash.lower(t.text(), t.end() - 3, t.end())),
            new TokenTemplate(PRE3, 0, Set.of(FeatureGroup.AFFIXES), t -> t.length() > 3,
                    t -> FeatureHash.lower(t.text(), t.start(), t.start() + 3)),
            TokenTemplate.always(SH0, 0, Set.of(FeatureGroup.SHAPES), TokenFacts::shape),
            TokenTemplate.always(SHM1, -1, Set.of(FeatureGroup.SHAPES), TokenFacts::shape),
            TokenTemplate.always(SHP1, 1, Set.of(FeatureGroup.SHAPES), TokenFacts::shape),
            TokenTemplate.always(TYPE, 0, Set.of(FeatureGroup.SHAPES), TokenFacts::type),
            TokenTemplate.always(LEX0, 0, Set.of(FeatureGroup.LEXICON), TokenFacts::lexStrength),
            TokenTemplate.always(LEXM1, -1, Set.of(FeatureGroup.LEXICON), TokenFacts::lexStrength),
            TokenTemplate.always(LEXP1, 1, Set.of(FeatureGroup.LEXICON), TokenFacts::lexStrength));

    private final Set<FeatureGroup> groups;
    private final int hashBits;
    private final int mask;
    private final CueLexicon lexicon;
    private final boolean words;
    private final boolean affixes;
    private final boolean shapes;
    private final boolean lex;
    private final boolean quotes;
    private final boolean punctuation;
    private final boolean position;
    private final boolean stacked;
    private final boolean classes;
    private final TokenTemplate[] local;
    private final int reach;
    // Rows of the small-domain context templates, by value: row(template, v) at index v, looked up instead of
    // hashed per position (see rowTable). Each table covers every value its template can take; byTemplate holds
    // the same tables by template id.
    private final int[][] byTemplate = new int[128][];
    private final int[] lexLeftRows;
    private final int[] lexRightRows;
    private final int[] lexSentRows;
    private final int[] qInRows;
    private final int[] qMarkRows;
    private final int[] qDistRows;
    private final int[] qNextRows;
    private final int[] qParaOpensRows;
    private final int[] qInLexSentRows;
    private final int[] qInSentPosRows;
    private final int[] sT0Rows;
    private final int[] sTm1Rows;
    private final int[] sTp1Rows;
    private final int[] sTm2Rows;
    private final int[] sTp2Rows;
    private final int[] sTagTrigramRows;
    private final int[] sCueLeftRows;
    private final int[] sCueRightRows;
    private final int[] sSrcLeftRows;
    private final int[] sSrcRightRows;
    private final int[] sSentRolesRows;
    private final int[] sPrevSentRolesRows;
    private final int[] posSentRows;
    private final int[] posTokenRows;
    private final int[] posToEndRows;
    private final int[] posParaRows;

    /**
     * @param groups   the feature groups to compute
     * @param hashBits size of the feature space as a power of two, 10..26
     * @param lexicon  the cue lexicon the {@link FeatureGroup#LEXICON} templates consult
     */
    public FeatureExtractor(Set<FeatureGroup> groups, int hashBits, CueLexicon lexicon) {
        Objects.requireNonNull(groups, "groups");
        if (hashBits < 10 || hashBits > 26) {
            throw new IllegalArgumentException("hashBits " + hashBits + " outside 10..26");
        }
        this.groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
        this.hashBits = hashBits;
        this.mask = (1 << hashBits) - 1;
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.words = groups.contains(FeatureGroup.WORDS);
        this.affixes = groups.contains(FeatureGroup.AFFIXES);
        this.shapes = groups.contains(FeatureGroup.SHAPES);
        this.lex = groups.contains(FeatureGroup.LEXICON);
        this.quotes = groups.contains(FeatureGroup.QUOTES);
        this.punctuation = groups.contains(FeatureGroup.PUNCTUATION);
        this.position = groups.contains(FeatureGroup.POSITION);
        this.stacked = groups.contains(FeatureGroup.STACKED);
        this.classes = groups.contains(FeatureGroup.CLASSES);
        this.local = TOKEN_TEMPLATES.stream().filter(t -> t.enabledBy(this.groups)).toArray(TokenTemplate[]::new);
        int r = 0;
        for (TokenTemplate t : local) {
            r = Math.max(r, Math.abs(t.offset()));
        }
        this.reach = r;
        this.lexLeftRows = rowTable(LEX_LEFT, BUCKETS);
        this.lexRightRows = rowTable(LEX_RIGHT, BUCKETS);
        this.lexSentRows = rowTable(LEX_SENT, 2);
        this.qInRows = rowTable(Q_IN, 2);
        this.qMarkRows = rowTable(Q_MARK, 4);
        this.qDistRows = rowTable(Q_DIST, BUCKETS * 2);
        this.qNextRows = rowTable(Q_NEXT, 8);
        this.qParaOpensRows = rowTable(Q_PARA_OPENS, 2);
        this.qInLexSentRows = rowTable(Q_IN_LEXSENT, 4);
        this.qInSentPosRows = rowTable(Q_IN_SENTPOS, 8);
        this.sT0Rows = rowTable(S_T0, TAG_VALUES);
        this.sTm1Rows = rowTable(S_TM1, TAG_VALUES);
        this.sTp1Rows = rowTable(S_TP1, TAG_VALUES);
        this.sTm2Rows = rowTable(S_TM2, TAG_VALUES);
        this.sTp2Rows = rowTable(S_TP2, TAG_VALUES);
        this.sTagTrigramRows = rowTable(S_TM1_T0_TP1, TAG_VALUES * 100);
        this.sCueLeftRows = rowTable(S_CUE_LEFT, BUCKETS);
        this.sCueRightRows = rowTable(S_CUE_RIGHT, BUCKETS);
        this.sSrcLeftRows = rowTable(S_SRC_LEFT, BUCKETS);
        this.sSrcRightRows = rowTable(S_SRC_RIGHT, BUCKETS);
        this.sSentRolesRows = rowTable(S_SENT_ROLES, ROLE_SETS);
        this.sPrevSentRolesRows = rowTable(S_PREV_SENT_ROLES, (ROLE_SETS + 1) * 16);
        this.posSentRows = rowTable(POS_SENT, 5);
        this.posTokenRows = rowTable(POS_TOKEN, BUCKETS);
        this.posToEndRows = rowTable(POS_TO_END, BUCKETS);
        this.posParaRows = rowTable(POS_PARA, 4);
    }

    /** {@code row(template, v)} for every {@code v} in {@code 0..size-1}. */
    private int[] rowTable(int template, int size) {
        int[] table = new int[size];
        for (int v = 0; v < size; v++) {
            table[v] = row(template, v);
        }
        byTemplate[template] = table;
        return table;
    }

    /** The template ids whose rows come from a table instead of a hash, ascending. */
    int[] tabledTemplates() {
        return java.util.stream.IntStream.range(0, byTemplate.length).filter(t -> byTemplate[t] != null).toArray();
    }

    /** A copy of template {@code template}'s row table (value {@code v} at index {@code v}). */
    int[] rowTable(int template) {
        return byTemplate[template].clone();
    }

    /** The enabled groups. */
    public Set<FeatureGroup> groups() {
        return groups;
    }

    /** Bits of the feature space. */
    public int hashBits() {
        return hashBits;
    }

    /** The lexicon in use. */
    public CueLexicon lexicon() {
        return lexicon;
    }

    /** True when the features need the tags of a first-pass model ({@link FeatureGroup#STACKED}). */
    public boolean stacked() {
        return stacked;
    }

    /** Features of every token of paragraph {@code paragraphIndex}; only for extractors that are not stacked. */
    public SequenceFeatures extract(Segmentation segmentation, int paragraphIndex) {
        return extract(segmentation, paragraphIndex, null);
    }

    /**
     * Features of every token of paragraph {@code paragraphIndex}.
     *
     * @param priorTags a first-pass model's tags for every token of the article; required when
     *                  {@link #stacked()}, ignored otherwise
     */
    public SequenceFeatures extract(Segmentation segmentation, int paragraphIndex, int[] priorTags) {
        checkPrior(segmentation, priorTags);
        ParagraphScratch s = new ParagraphScratch();
        int first = firstToken(segmentation, paragraphIndex);
        int n = endToken(segmentation, paragraphIndex) - first;
        s.ensure(n);
        tokenFacts(segmentation, first, n, s);
        int k = contextRows(segmentation, paragraphIndex, priorTags, s, true);
        return new SequenceFeatures(first, n, Arrays.copyOf(s.offsets, n + 1), Arrays.copyOf(s.rows, k));
    }

    /** The enabled token-local templates, in declaration order. */
    TokenTemplate[] tokenTemplates() {
        return local.clone();
    }

    /** The largest distance between a tagged position and the token an enabled token-local template reads. */
    int tokenReach() {
        return reach;
    }

    /** Index of the first token of paragraph {@code paragraphIndex}. */
    static int firstToken(Segmentation segmentation, int paragraphIndex) {
        Paragraph paragraph = segmentation.paragraphs().get(paragraphIndex);
        return segmentation.sentences().get(paragraph.firstSentence()).firstToken();
    }

    /** Index after the last token of paragraph {@code paragraphIndex}. */
    static int endToken(Segmentation segmentation, int paragraphIndex) {
        Paragraph paragraph = segmentation.paragraphs().get(paragraphIndex);
        return segmentation.sentences().get(paragraph.endSentence() - 1).endToken();
    }

    void checkPrior(Segmentation segmentation, int[] priorTags) {
        if (stacked && (priorTags == null || priorTags.length != segmentation.tokens().size())) {
            throw new IllegalArgumentException("a stacked extractor needs first-pass tags for all "
                    + segmentation.tokens().size() + " tokens");
        }
    }

    /**
     * Hashes the {@code n} tokens from {@code first} into {@code s.lower}, {@code s.shape}, {@code s.lexStrength}
     * and, with {@link FeatureGroup#CLASSES}, their {@link WordClasses} into {@code s.wordClass}.
     */
    private void tokenFacts(Segmentation segmentation, int first, int n, ParagraphScratch s) {
        String text = segmentation.text();
        List<Token> tokens = segmentation.tokens();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(first + i);
            s.lower[i] = FeatureHash.lower(text, t.start(), t.end());
            s.shape[i] = FeatureHash.shape(text, t.start(), t.end());
            s.lexStrength[i] = lexicon.strength(s.lower[i]);
            if (classes) {
                s.wordClass[i] = WordClasses.of(s.lower[i], t.type(), text, t.start(), t.end());
            }
        }
    }

    /**
     * True when {@code other}'s token-local templates give the same rows as this extractor's for every token:
     * the same enabled templates, the same hash bits and a lexicon with the same entries (so the same cue
     * strengths). Then {@link #tokenRows} of one serves both.
     */
    boolean sameTokenRowsAs(FeatureExtractor other) {
        if (hashBits != other.hashBits || local.length != other.local.length || reach != other.reach
                || !lexicon.sameEntries(other.lexicon)) {
            return false;
        }
        for (int l = 0; l < local.length; l++) {
            if (local[l].id() != other.local[l].id() || local[l].offset() != other.local[l].offset()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows of the token-local templates that fire on {@code token}: row {@code j} in {@code rowIds[j]},
     * to be added at {@code at[j]} ints into a token's vectors (the offset's place, as in
     * {@link #addTokenVectors}); returns how many. Both arrays need room for every enabled template.
     */
    int tokenRows(TokenFacts token, int[] rowIds, int[] at) {
        int k = 0;
        for (TokenTemplate t : local) {
            if (t.fires(token)) {
                rowIds[k] = row(t.id(), t.value(token));
                at[k++] = (t.offset() + reach) * BioTags.STRIDE;
            }
        }
        return k;
    }

    /**
     * Adds the token-local templates' weights for one token to {@code vectors}: for each enabled template at
     * offset {@code d} that fires on {@code token}, the template's weight row (16-bit quanta packed by {@link
     * PackedQuanta}) is added into {@code vectors[at + (d + tokenReach()) * STRIDE ..]}.
     */
    void addTokenVectors(TokenFacts token, long[] weights, int[] vectors, int at) {
        for (TokenTemplate t : local) {
            if (t.fires(token)) {
                PackedQuanta.addRow(weights, row(t.id(), t.value(token)), vectors,
                        at + (t.offset() + reach) * BioTags.STRIDE);
            }
        }
    }

    /**
     * Writes the feature rows of paragraph {@code paragraphIndex} into {@code s.offsets} and {@code s.rows}
     * and returns the number of rows. {@code s.lower}, {@code s.shape}, {@code s.lexStrength} and, with
     * {@link FeatureGroup#CLASSES}, {@code s.wordClass} ({@link WordClasses#of}) must already hold the
     * paragraph's tokens' facts. With {@code withTokenTemplates} false the token-local templates are
     * left out (the caller adds their weights from a {@link TokenVectorCache}); every other template is the
     * same either way.
     */
    int contextRows(Segmentation segmentation, int paragraphIndex, int[] priorTags, ParagraphScratch s,
            boolean withTokenTemplates) {
        Paragraph paragraph = segmentation.paragraphs().get(paragraphIndex);
        int firstSentence = paragraph.firstSentence();
        int first = segmentation.sentences().get(firstSentence).firstToken();
        int end = segmentation.sentences().get(paragraph.endSentence() - 1).endToken();
        int n = end - first;
        String text = segmentation.text();
        List<Token> tokens = segmentation.tokens();
        long[] lower = s.lower;
        long[] shape = s.shape;
        int[] lexStrength = s.lexStrength;
        int[] wordClass = s.wordClass;
        int[] sentenceOf = s.sentenceOf;
        int[] posInSentence = s.posInSentence;
        int[] sentenceLength = s.sentenceLength;
        sentenceStructure(segmentation, paragraph, first, s);
        // quotation-mark state, left to right over the paragraph
        int[] quoteMark = s.quoteMark; // 0 none, 1 opening, 2 closing, 3 single/ambiguous
        boolean[] inQuote = s.inQuote;
        int[] sinceMark = s.sinceMark;
        int[] nextMark = s.nextMark;
        char[] firstChar = s.firstChar;
        boolean[] punct = s.punct;
        boolean inside = false;
        int lastMark = -1;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(first + i);
            firstChar[i] = text.charAt(t.start());
            punct[i] = t.type() == TokenType.PUNCT;
            if (t.type() == TokenType.QUOTE) {
                int kind = quoteKind(text, t.start(), inside);
                quoteMark[i] = kind;
                if (kind == 1) {
                    inside = true;
                } else if (kind == 2) {
                    inside = false;
                }
                lastMark = i;
            } else {
                quoteMark[i] = 0;
            }
            inQuote[i] = inside;
            sinceMark[i] = lastMark < 0 ? -1 : i - lastMark;
        }
        int upcoming = 0;
        for (int i = n - 1; i >= 0; i--) {
            nextMark[i] = upcoming;
            if (quoteMark[i] != 0) {
                upcoming = quoteMark[i];
            }
        }
        // nearest strong cue word left and right within the sentence
        int[] lexLeft = s.lexLeft;
        int[] lexRight = s.lexRight;
        boolean[] sentenceHasLex = s.sentenceHasLex;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (posInSentence[i] == 0) {
                last = -1;
            }
            lexLeft[i] = last < 0 ? -1 : i - last;
            if (lexStrength[i] >= 2) {
                last = i;
            }
        }
        last = -1;
        int[] commasToCue = s.commasToCue;
        int commas = 0;
        for (int i = n - 1; i >= 0; i--) {
            lexRight[i] = last < 0 ? -1 : last - i;
            if (classes) {
                commasToCue[i] = Math.min(commas, 2);
            }
            if (lexStrength[i] >= 2) {
                last = i;
                commas = 0;
            } else if (firstChar[i] == ',') {
                commas++;
            }
            if (posInSentence[i] == 0) {
                last = -1;
                commas = 0;
            }
        }
        for (int i = 0; i < n; ) {
            int j = i + sentenceLength[i];
            boolean any = false;
            for (int k = i; k < j; k++) {
                any |= lexStrength[k] >= 2;
            }
            Arrays.fill(sentenceHasLex, i, j, any);
            i = j;
        }
        boolean paragraphOpensWithQuote = n > 0 && quoteMark[0] == 1;
        // nearest punctuation token before and after each token within its sentence, in two linear passes
        int[] prevPunct = s.prevPunct;
        int[] nextPunct = s.nextPunct;
        if (punctuation) {
            int lastPunct = -1;
            for (int i = 0; i < n; i++) {
                if (posInSentence[i] == 0) {
                    lastPunct = -1;
                }
                prevPunct[i] = lastPunct;
                if (punct[i]) {
                    lastPunct = i;
                }
            }
            lastPunct = -1;
            for (int i = n - 1; i >= 0; i--) {
                nextPunct[i] = lastPunct;
                if (punct[i]) {
                    lastPunct = i;
                }
                if (posInSentence[i] == 0) {
                    lastPunct = -1;
                }
            }
        }
        if (stacked) {
            stackedContext(priorTags, first, n, s);
        }

        int[] offsets = s.offsets;
        int[] rows = s.rows;
        int localCount = withTokenTemplates ? local.length : 0;
        TokenFacts cursor = s.cursor;
        long wordBigram = 0;
        long shapeBigram = 0;
        int sentenceEndRow = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = k;
            if (rows.length - k < 128 + localCount) {
                s.ensureRows(k + 128 + localCount);
                rows = s.rows;
            }
            for (int l = 0; l < localCount; l++) {
                TokenTemplate template = local[l];
                int j = i + template.offset();
                TokenFacts facts = s.boundary;
                if (j >= 0 && j < n) {
                    Token tj = tokens.get(first + j);
                    facts = cursor.set(text, tj.start(), tj.end(), tj.type().ordinal(), lower[j], shape[j],
                            lexStrength[j]);
                }
                if (template.fires(facts)) {
                    rows[k++] = row(template.id(), template.value(facts));
                }
            }
            long wm1 = i > 0 ? lower[i - 1] : BOUNDARY;
            long wp1 = i + 1 < n ? lower[i + 1] : BOUNDARY;
            if (words) {
                // the bigram (i, i + 1) is the next position's bigram (i - 1, i): hashed once
                long left = i > 0 ? wordBigram : FeatureHash.combine(wm1, lower[i]);
                wordBigram = FeatureHash.combine(lower[i], wp1);
                rows[k++] = row(BI_M1_0, left);
                rows[k++] = row(BI_0_P1, wordBigram);
            }
            if (shapes) {
                long sp1 = i + 1 < n ? shape[i + 1] : BOUNDARY;
                long left = i > 0 ? shapeBigram : FeatureHash.combine(BOUNDARY, shape[i]);
                shapeBigram = FeatureHash.combine(shape[i], sp1);
                rows[k++] = row(SH_M1_0, left);
                rows[k++] = row(SH_0_P1, shapeBigram);
            }
            if (lex) {
                rows[k++] = lexLeftRows[bucket(lexLeft[i])];
                rows[k++] = lexRightRows[bucket(lexRight[i])];
                rows[k++] = lexSentRows[sentenceHasLex[i] ? 1 : 0];
                if (lexStrength[i] > 0) {
                    rows[k++] = row(LEX0_W0, FeatureHash.combine(lexStrength[i], wp1));
                }
                if (shapes) {
                    rows[k++] = row(LEXP1_SH0, FeatureHash.combine(i + 1 < n ? lexStrength[i + 1] : 7, shape[i]));
                    rows[k++] = row(LEXM1_SH0, FeatureHash.combine(i > 0 ? lexStrength[i - 1] : 7, shape[i]));
                }
                if (words && lexRight[i] >= 0 && lexRight[i] <= 3) {
                    rows[k++] = row(LEX_RIGHT_W0, FeatureHash.combine(lexRight[i], lower[i]));
                }
            }
            if (quotes) {
                rows[k++] = qInRows[inQuote[i] ? 1 : 0];
                rows[k++] = qMarkRows[quoteMark[i]];
                rows[k++] = qDistRows[bucket(sinceMark[i]) * 2 + (inQuote[i] ? 1 : 0)];
                rows[k++] = qNextRows[nextMark[i] * 2 + (inQuote[i] ? 1 : 0)];
                rows[k++] = qParaOpensRows[paragraphOpensWithQuote ? 1 : 0];
                if (lex) {
                    rows[k++] = qInLexSentRows[(inQuote[i] ? 2 : 0) + (sentenceHasLex[i] ? 1 : 0)];
                }
                if (shapes) {
                    rows[k++] = row(Q_IN_SH0, FeatureHash.combine(inQuote[i] ? 1 : 0, shape[i]));
                }
                if (position) {
                    rows[k++] = qInSentPosRows[Math.min(sentenceOf[i], 3) * 2 + (inQuote[i] ? 1 : 0)];
                }
            }
            if (punctuation) {
                long prev = prevPunct[i] < 0 ? NONE : firstChar[prevPunct[i]];
                int prevDistance = prevPunct[i] < 0 ? -1 : i - prevPunct[i];
                long next = nextPunct[i] < 0 ? NONE : firstChar[nextPunct[i]];
                int nextDistance = nextPunct[i] < 0 ? -1 : nextPunct[i] - i;
                rows[k++] = row(P_PREV, FeatureHash.combine(prev, bucket(prevDistance)));
                rows[k++] = row(P_NEXT, FeatureHash.combine(next, bucket(nextDistance)));
                if (posInSentence[i] == 0 || i == 0) {
                    // the sentence's last token's first char, the same row for the whole sentence
                    sentenceEndRow = row(P_END, firstChar[i - posInSentence[i] + sentenceLength[i] - 1]);
                }
                rows[k++] = sentenceEndRow;
                if (words) {
                    rows[k++] = row(P_PREV_W0, FeatureHash.combine(prev, lower[i]));
                }
            }
            if (stacked) {
                k = addStackedRows(priorTags, first, n, i, s, rows, k);
            }
            if (classes) {
                long cm2 = i > 1 ? wordClass[i - 2] : 0;
                long cm1 = i > 0 ? wordClass[i - 1] : 0;
                long c0 = wordClass[i];
                long cp1 = i + 1 < n ? wordClass[i + 1] : 0;
                long cp2 = i + 2 < n ? wordClass[i + 2] : 0;
                rows[k++] = row(C_M1_0, cm1 << 20 | c0);
                rows[k++] = row(C_0_P1, c0 << 20 | cp1);
                rows[k++] = row(C_M2_M1_0, (cm2 << 20 | cm1) << 20 | c0);
                rows[k++] = row(C_0_P1_P2, (c0 << 20 | cp1) << 20 | cp2);
                rows[k++] = row(C_M1_0_P1, (cm1 << 20 | c0) << 20 | cp1);
                rows[k++] = row(C_CUE_RIGHT, (c0 << 4 | bucket(lexRight[i])) << 2 | (lexRight[i] < 0 ? 0 : commasToCue[i]));
            }
            if (position) {
                rows[k++] = posSentRows[Math.min(sentenceOf[i], 4)];
                rows[k++] = posTokenRows[bucket(posInSentence[i])];
                rows[k++] = posToEndRows[bucket(sentenceLength[i] - posInSentence[i] - 1)];
                rows[k++] = posParaRows[Math.min(paragraphIndex, 3)];
            }
        }
        offsets[n] = k;
        return k;
    }

    /**
     * True when this stacked extractor's rows for a paragraph are exactly {@code base}'s rows for it plus the
     * rows of the {@link FeatureGroup#STACKED} templates ({@link #stackedRows}): {@code base} is not stacked,
     * this one is, both hash into the same number of bits, the groups other than {@code STACKED} are the same
     * and the lexicons hold the same words and strengths. The rows of a template depend only on its id, its
     * value and the hash bits, so then a tagger may reuse the first pass's rows for the second.
     */
    boolean extendsRowsOf(FeatureExtractor base) {
        if (!stacked || base.stacked || hashBits != base.hashBits) {
            return false;
        }
        EnumSet<FeatureGroup> mine = groups.isEmpty() ? EnumSet.noneOf(FeatureGroup.class) : EnumSet.copyOf(groups);
        mine.remove(FeatureGroup.STACKED);
        return mine.equals(base.groups) && lexicon.sameEntries(base.lexicon);
    }

    /**
     * Writes only the {@link FeatureGroup#STACKED} templates' rows of paragraph {@code paragraphIndex} into
     * {@code s.stackedOffsets} and {@code s.stackedRows} and returns their number; the same rows, as a multiset
     * per token, that {@link #contextRows} writes for these templates. {@code s.lower} must hold the
     * paragraph's tokens' lower-case hashes; the other arrays of {@code s} it reads it computes itself.
     */
    int stackedRows(Segmentation segmentation, int paragraphIndex, int[] priorTags, ParagraphScratch s) {
        if (!stacked) {
            throw new IllegalStateException("not a stacked extractor: " + groups);
        }
        checkPrior(segmentation, priorTags);
        Paragraph paragraph = segmentation.paragraphs().get(paragraphIndex);
        int firstSentence = paragraph.firstSentence();
        int first = segmentation.sentences().get(firstSentence).firstToken();
        int n = segmentation.sentences().get(paragraph.endSentence() - 1).endToken() - first;
        sentenceStructure(segmentation, paragraph, first, s);
        stackedContext(priorTags, first, n, s);
        s.ensureStackedRows(n * STACKED_ROWS_MAX);
        int[] offsets = s.stackedOffsets;
        int[] rows = s.stackedRows;
        int k = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = k;
            k = addStackedRows(priorTags, first, n, i, s, rows, k);
        }
        offsets[n] = k;
        return k;
    }

    /** Fills {@code s.sentenceOf}, {@code s.posInSentence} and {@code s.sentenceLength} for the paragraph's tokens. */
    private static void sentenceStructure(Segmentation segmentation, Paragraph paragraph, int first,
            ParagraphScratch s) {
        int firstSentence = paragraph.firstSentence();
        int[] sentenceOf = s.sentenceOf;
        int[] posInSentence = s.posInSentence;
        int[] sentenceLength = s.sentenceLength;
        for (int q = firstSentence; q < paragraph.endSentence(); q++) {
            Sentence sentence = segmentation.sentences().get(q);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                int i = t - first;
                sentenceOf[i] = q - firstSentence;
                posInSentence[i] = t - sentence.firstToken();
                sentenceLength[i] = sentence.size();
            }
        }
    }

    /**
     * The per-token context the stacked templates read, from the first pass's tags: distances to the nearest
     * predicted cue and source in the sentence each way, and the role sets of the sentence and the one before.
     * Needs {@code s.posInSentence} and {@code s.sentenceLength}.
     */
    private static void stackedContext(int[] priorTags, int first, int n, ParagraphScratch s) {
        int[] posInSentence = s.posInSentence;
        int[] sentenceLength = s.sentenceLength;
        int[] cueLeft = s.cueLeft;
        int[] cueRight = s.cueRight;
        int[] srcLeft = s.srcLeft;
        int[] srcRight = s.srcRight;
        int[] sentenceRoles = s.sentenceRoles;
        int[] previousSentenceRoles = s.previousSentenceRoles;
        int lastCue = -1;
        int lastSrc = -1;
        for (int i = 0; i < n; i++) {
            if (posInSentence[i] == 0) {
                lastCue = -1;
                lastSrc = -1;
            }
            cueLeft[i] = lastCue < 0 ? -1 : i - lastCue;
            srcLeft[i] = lastSrc < 0 ? -1 : i - lastSrc;
            AttributionRole r = BioTags.role(priorTags[first + i]);
            if (r == AttributionRole.CUE) {
                lastCue = i;
            } else if (r == AttributionRole.SOURCE) {
                lastSrc = i;
            }
        }
        lastCue = -1;
        lastSrc = -1;
        for (int i = n - 1; i >= 0; i--) {
            cueRight[i] = lastCue < 0 ? -1 : lastCue - i;
            srcRight[i] = lastSrc < 0 ? -1 : lastSrc - i;
            AttributionRole r = BioTags.role(priorTags[first + i]);
            if (r == AttributionRole.CUE) {
                lastCue = i;
            } else if (r == AttributionRole.SOURCE) {
                lastSrc = i;
            }
            if (posInSentence[i] == 0) {
                lastCue = -1;
                lastSrc = -1;
            }
        }
        int previousRoles = 8;
        for (int i = 0; i < n; ) {
            int j = i + sentenceLength[i];
            int roles = 0;
            for (int q = i; q < j; q++) {
                int tag = priorTags[first + q];
                if (tag != BioTags.O) {
                    roles |= 1 << BioTags.role(tag).ordinal();
                }
            }
            Arrays.fill(sentenceRoles, i, j, roles);
            Arrays.fill(previousSentenceRoles, i, j, previousRoles);
            previousRoles = roles;
            i = j;
        }
    }

    /** Writes token {@code i}'s stacked template rows into {@code rows} from {@code k}; returns the new end. */
    private int addStackedRows(int[] priorTags, int first, int n, int i, ParagraphScratch s, int[] rows, int k) {
        int t0 = priorTags[first + i];
        int tm1 = i > 0 ? priorTags[first + i - 1] : 9;
        int tp1 = i + 1 < n ? priorTags[first + i + 1] : 9;
        int sentenceRoles = s.sentenceRoles[i];
        int cueLeft = s.cueLeft[i];
        rows[k++] = sT0Rows[t0];
        rows[k++] = sTm1Rows[tm1];
        rows[k++] = sTp1Rows[tp1];
        rows[k++] = sTm2Rows[i > 1 ? priorTags[first + i - 2] : 9];
        rows[k++] = sTp2Rows[i + 2 < n ? priorTags[first + i + 2] : 9];
        rows[k++] = sTagTrigramRows[tm1 * 100 + t0 * 10 + tp1];
        rows[k++] = sCueLeftRows[bucket(cueLeft)];
        rows[k++] = sCueRightRows[bucket(s.cueRight[i])];
        rows[k++] = sSrcLeftRows[bucket(s.srcLeft[i])];
        rows[k++] = sSrcRightRows[bucket(s.srcRight[i])];
        rows[k++] = sSentRolesRows[sentenceRoles];
        rows[k++] = sPrevSentRolesRows[s.previousSentenceRoles[i] * 16 + sentenceRoles];
        if (words) {
            long lower = s.lower[i];
            rows[k++] = row(S_T0_W0, FeatureHash.combine(t0, lower));
            if (cueLeft == 1) {
                rows[k++] = row(S_CUE_LEFT_W0, lower);
            }
        }
        return k;
    }

    /**
     * Classifies a quotation mark at {@code charIndex}: 1 opening, 2 closing, 3 single mark that may be an
     * apostrophe. Straight double quotes open after white space or an opening bracket and close otherwise.
     */
    static int quoteKind(String text, int charIndex, boolean inside) {
        char c = text.charAt(charIndex);
        switch (c) {
            case '\u201C': case '\u201E': case '\u00AB': case '\u300C': case '\u300E':
                return 1;
            case '\u201D': case '\u00BB': case '\u300D': case '\u300F':
                return 2;
            case '"': case '\uFF02': case '\u201F': {
                char before = charIndex == 0 ? ' ' : text.charAt(charIndex - 1);
                boolean openContext = Character.isWhitespace(before) || before == '(' || before == '['
                        || before == '\u2014' || before == '-' || before == '\u2013' || before == ':';
                if (charIndex == 0) {
                    return 1;
                }
                return openContext ? 1 : 2;
            }
            default:
                return 3;
        }
    }

    /** Buckets a non-negative distance; -1 (none) gets its own bucket. */
    private static int bucket(int d) {
        if (d < 0) {
            return 15;
        }
        if (d <= 3) {
            return d;
        }
        if (d <= 5) {
            return 4;
        }
        if (d <= 8) {
            return 5;
        }
        if (d <= 15) {
            return 6;
        }
        if (d <= 30) {
            return 7;
        }
        return 8;
    }

    /** The weight row of feature {@code template} with {@code value}. */
    int row(int template, long value) {
        return (int) FeatureHash.mix(((long) template << 56) ^ value * 0x9E3779B97F4A7C15L) & mask;
    }
}
