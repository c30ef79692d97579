package io.github.verbatim.extract.quote;

import io.github.verbatim.extract.CueLexicon;
import io.github.verbatim.extract.TokenText;
import io.github.verbatim.model.CodePointIndex;
import io.github.verbatim.model.DiagnosticList;
import io.github.verbatim.text.Paragraph;
import io.github.verbatim.text.Segmentation;
import io.github.verbatim.text.Sentence;
import io.github.verbatim.text.Token;
import io.github.verbatim.text.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the quotations of a text from its quotation marks, repairing unbalanced ones.
 *
 * <p>Double marks (“ ”, " ", „ “, « », 「 」) delimit quotations. Straight marks take their direction from
 * the characters around them. A quotation may run over several paragraphs when each new paragraph opens
 * with a mark and the previous one was left open (the newspaper convention). Single marks (‘ ’, ' ', ‹ ›)
 * delimit a quotation only as a matched pair not inside a word, so apostrophes ("don’t", "allies’") are
 * left alone; inside a double-quoted quotation a single pair is a nested quotation and stays part of it.
 *
 * <p>Repairs, each noted with the code point offset of the mark:
 * <ul>
 *   <li>a closing mark with no opening: the quotation runs back to where the previous quotation's sentence
 *       (its attribution) ended in that paragraph, or to the paragraph start;
 *   <li>an opening mark left open when another opens or the paragraph ends: it closes at the first cue
 *       clause (", says Blinken.", ", he said") after it, else before the next mark or at paragraph end.
 * </ul>
 *
 * <p>Linear in the text length. Stateless and thread-safe.
 */
public final class QuoteScanner {

    /** Longest single-quoted stretch taken as a quotation, in chars. */
    private static final int MAX_SINGLE_QUOTE = 400;
    /** Tokens a cue clause may run from its comma to its end. */
    private static final int CUE_CLAUSE_TOKENS = 10;

    private final CueLexicon cues;

    /** A scanner that recognises cue clauses with {@code cues}. */
    public QuoteScanner(CueLexicon cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** Scans {@code segmentation}'s text. */
    public QuoteScan scan(Segmentation segmentation, TokenText forms, CodePointIndex index) {
        Objects.requireNonNull(segmentation, "segmentation");
        Objects.requireNonNull(forms, "forms");
        Objects.requireNonNull(index, "index");
        return new Run(segmentation, forms, index).scan();
    }

    private static boolean isDoubleMark(char c) {
        switch (c) {
            case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F':
            case '\u00AB': case '\u00BB': case '\u300C': case '\u300D': case '\uFF02':
                return true;
            default:
                return false;
        }
    }

    private static boolean isSingleMark(char c) {
        switch (c) {
            case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B':
            case '\u2039': case '\u203A': case '\u300E': case '\u300F':
                return true;
            default:
                return false;
        }
    }

    private static boolean isSpaceAt(String text, int i) {
        return i < 0 || i >= text.length() || Character.isWhitespace(text.charAt(i))
                || Character.isSpaceChar(text.charAt(i));
    }

    private static boolean isWordAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    /** The state of one scan. */
    private final class Run {
        private final Segmentation seg;
        private final String text;
        private final List<Token> tokens;
        private final TokenText forms;
        private final CodePointIndex index;
        private final List<Quote> quotes = new ArrayList<>();
        private final DiagnosticList repairs = new DiagnosticList();
        /** Number of quotations before this paragraph's single-mark pass: the double ones are sorted below it. */
        private int doublesEnd;

        Run(Segmentation seg, TokenText forms, CodePointIndex index) {
            this.seg = seg;
            this.text = seg.text();
            this.tokens = seg.tokens();
            this.forms = forms;
            this.index = index;
        }

        QuoteScan scan() {
            List<Paragraph> paragraphs = seg.paragraphs();
            int open = -1;          // char index of the pending opening mark
            char opener = 0;
            int nested = -1;        // char index of an opening mark of another style inside the open quotation
            char nestedOpener = 0;
            int quotesAtParagraphStart;
            for (int p = 0; p < paragraphs.size(); p++) {
                Paragraph para = paragraphs.get(p);
                quotesAtParagraphStart = quotes.size();
                int first = seg.sentences().get(para.firstSentence()).firstToken();
                int end = seg.sentences().get(para.endSentence() - 1).endToken();
                boolean continuing = open >= 0;
                nested = -1;
                for (int t = first; t < end; t++) {
                    Token tok = tokens.get(t);
                    if (tok.type() != TokenType.QUOTE) {
                        continue;
                    }
                    int at = tok.start();
                    char c = text.charAt(at);
                    if (!isDoubleMark(c)) {
                        continue;
                    }
                    if (continuing && t == first && opens(c, at, false, opener)) {
                        continuing = false;
                        continue; // the repeated opening mark of a multi-paragraph quotation
                    }
                    continuing = false;
                    if (nested >= 0) {
                        if (!opens(c, at, true, nestedOpener) && family(c) == family(nestedOpener)
                                || nestedOpener == '\u201E' && c == '\u201C') {
                            nested = -1; // the nested quotation closes
                            continue;
                        }
                        if (family(c) != family(opener) || opens(c, at, true, opener)) {
                            continue; // marks inside the nested quotation
                        }
                        nested = -1; // the outer quotation closes; the nested one was left open
                    } else if (open >= 0 && family(c) != family(opener) && opens(c, at, true, opener)
                            && !(opener == '\u201E' && c == '\u201C')) {
                        nested = at;
                        nestedOpener = c;
                        continue;
                    }
                    if (opens(c, at, open >= 0, opener)) {
                        if (open >= 0) {
                            closeUnclosed(open, at, "the next opening mark");
                        }
                        open = at;
                        opener = c;
                    } else if (open >= 0) {
                        add(open, at + 1, false);
                        open = -1;
                    } else {
                        int start = strayStart(para, quotesAtParagraphStart, at);
                        repairs.add("unbalanced closing quotation mark at " + index.toCodePoint(at));
                        add(start, at + 1, true);
                    }
                }
                if (open >= 0) {
                    boolean nextOpens = false;
                    if (p + 1 < paragraphs.size()) {
                        Paragraph next = paragraphs.get(p + 1);
                        int nt = seg.sentences().get(next.firstSentence()).firstToken();
                        char c = text.charAt(tokens.get(nt).start());
                        nextOpens = tokens.get(nt).type() == TokenType.QUOTE && isDoubleMark(c)
                                && opens(c, tokens.get(nt).start(), false, opener);
                    }
                    if (!nextOpens) {
                        closeUnclosed(open, para.end(), "the paragraph end");
                        open = -1;
                    }
                }
                singles(first, end, quotesAtParagraphStart);
            }
            if (open >= 0) {
                closeUnclosed(open, text.length(), "the end of the text");
            }
            quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return new QuoteScan(quotes, repairs.toList());
        }

        /** The style a double mark belongs to: straight, English curly, low-9, guillemets, corner brackets. */
        private int family(char c) {
            switch (c) {
                case '"': case '\uFF02':
                    return 0;
                case '\u201C': case '\u201D': case '\u201F':
                    return 1;
                case '\u201E':
                    return 2;
                case '\u00AB': case '\u00BB':
                    return 3;
                default:
                    return 4;
            }
        }

        /** Whether mark {@code c} at {@code at} opens a quotation, given whether one is open. */
        private boolean opens(char c, int at, boolean isOpen, char opener) {
            switch (c) {
                case '\u201C':
                    if (isOpen && !isSpaceAt(text, at - 1) && (isSpaceAt(text, at + 1)
                            || ".,;:!?)".indexOf(text.charAt(at + 1)) >= 0)) {
                        return false; // shaped as an opening mark, placed as a closing one: "…here,“ said"
                    }
                    return !(isOpen && opener == '\u201E');
                case '\u201E': case '\u201F': case '\u00AB': case '\u300C':
                    return true;
                case '\u201D':
                    return !isOpen && isSpaceAt(text, at - 1) && isWordAt(text, at + 1);
                case '\u00BB': case '\u300D':
                    return false;
                default: // straight marks
                    boolean spaceBefore = isSpaceAt(text, at - 1) || "([{—–-".indexOf(text.charAt(at - 1)) >= 0;
                    boolean spaceAfter = isSpaceAt(text, at + 1) || ".,;:!?)]}".indexOf(text.charAt(at + 1)) >= 0;
                    if (isOpen) {
                        return spaceBefore && !spaceAfter;
                    }
                    return !(spaceAfter && !spaceBefore);
            }
        }

        /** Closes the quotation opened at {@code open} before {@code limit}, at a cue clause when there is one. */
        private void closeUnclosed(int open, int limit, String what) {
            int clause = cueClause(open, limit);
            if (clause > 0) {
                repairs.add("unclosed opening quotation mark at " + index.toCodePoint(open)
                        + " closed at the cue clause at " + index.toCodePoint(clause));
                add(open, clause, true);
            } else {
                repairs.add("unclosed opening quotation mark at " + index.toCodePoint(open)
                        + " closed at " + what);
                add(open, limit, true);
            }
        }

        /**
         * End (after the comma) of the first ", CUE ..." or ", SOURCE CUE ..." clause in {@code (from, limit)}
         * that ends a sentence or clause, or -1.
         */
        private int cueClause(int from, int limit) {
            int t = seg.tokenAtOrAfter(from + 1);
            for (; t < tokens.size() && tokens.get(t).start() < limit; t++) {
                Token tok = tokens.get(t);
                char c = text.charAt(tok.start());
                if (tok.type() != TokenType.PUNCT || (c != ',' && c != '—')) {
                    continue;
                }
                int stop = Math.min(tokens.size(), t + 1 + CUE_CLAUSE_TOKENS);
                for (int k = t + 1; k < stop && tokens.get(k).start() < limit; k++) {
                    Token kt = tokens.get(k);
                    if (kt.type() != TokenType.WORD) {
                        break;
                    }
                    boolean name = Character.isUpperCase(text.charAt(kt.start()));
                    if (!name && cues.match(forms, k) != null && k - t <= 6 && endsClause(k + 1, limit)) {
                        return tok.end();
                    }
                }
            }
            return -1;
        }

        /** Whether a clause ends (terminal, comma, quote or limit) within a few tokens from {@code t}. */
        private boolean endsClause(int t, int limit) {
            for (int k = t; k < Math.min(tokens.size(), t + CUE_CLAUSE_TOKENS); k++) {
                Token tok = tokens.get(k);
                if (tok.start() >= limit) {
                    return true;
                }
                if (tok.type() == TokenType.PUNCT || tok.type() == TokenType.QUOTE) {
                    char c = text.charAt(tok.start());
                    return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':'
                            || tok.type() == TokenType.QUOTE;
                }
            }
            return t >= tokens.size();
        }

        /** Where a quotation closed by a stray mark at {@code at} starts. */
        private int strayStart(Paragraph para, int quotesAtParagraphStart, int at) {
            int start = para.start();
            if (quotes.size() > quotesAtParagraphStart) {
                Quote prev = quotes.get(quotes.size() - 1);
                if (prev.end() <= at) {
                    int pt = seg.tokenAtOrAfter(prev.end() - 1);
                    Sentence s = seg.sentences().get(seg.sentenceOfToken(Math.min(pt, tokens.size() - 1)));
                    start = s.end() <= at ? s.end() : prev.end();
                }
            }
            while (start < at && isSpaceAt(text, start)) {
                start++;
            }
            return start;
        }

        private void singles(int first, int end, int quotesAtParagraphStart) {
            doublesEnd = quotes.size();
            int pendingOpen = -1;
            for (int t = first; t < end; t++) {
                Token tok = tokens.get(t);
                if (tok.type() != TokenType.QUOTE) {
                    continue;
                }
                int at = tok.start();
                char c = text.charAt(at);
                if (!isSingleMark(c)) {
                    continue;
                }
                boolean canOpen = c != '\u2019' && c != '\u203A' && c != '\u300F'
                        && !isWordAt(text, at - 1) && isWordAt(text, at + 1) || c == '\u201A' || c == '\u300E';
                boolean canClose = c != '\u2018' && c != '\u2039' && c != '\u201A' && c != '\u300E'
                        && !isSpaceAt(text, at - 1) && !isWordAt(text, at + 1);
                if (pendingOpen >= 0 && canClose && at - pendingOpen <= MAX_SINGLE_QUOTE
                        && enclosing(pendingOpen, quotesAtParagraphStart) == enclosing(at, quotesAtParagraphStart)) {
                    if (enclosing(at, quotesAtParagraphStart) < 0) {
                        add(pendingOpen, at + 1, false, true);
                    }
                    pendingOpen = -1;
                } else if (canOpen) {
                    pendingOpen = at;
                }
            }
        }

        /** Index of the quotation (added in this paragraph) holding char {@code at}, or -1. */
        private int enclosing(int at, int from) {
            int lo = from;
            int hi = doublesEnd;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (quotes.get(mid).end() <= at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < doublesEnd && quotes.get(lo).start() <= at ? lo : -1;
        }

        private void add(int start, int end, boolean repaired) {
            add(start, end, repaired, false);
        }

        private void add(int start, int end, boolean repaired, boolean single) {
            int cs = start;
            if (cs < end && (isDoubleMark(text.charAt(cs)) || single && isSingleMark(text.charAt(cs)))) {
                cs++;
            }
            int ce = end;
            if (ce > cs && (isDoubleMark(text.charAt(ce - 1)) || single && isSingleMark(text.charAt(ce - 1)))) {
                ce--;
            }
            while (cs < ce && isSpaceAt(text, cs)) {
                cs++;
            }
            while (ce > cs && isSpaceAt(text, ce - 1)) {
                ce--;
            }
            if (ce > cs) {
                quotes.add(new Quote(start, end, cs, ce, single, repaired));
            }
        }
    }
}
