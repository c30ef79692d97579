package io.github.verbatim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits article text into paragraphs, sentences and tokens without changing a character of it.
 *
 * <p>Paragraphs: a blank line always separates paragraphs; so does a line break followed by an indented
 * line. A single line break separates paragraphs too, unless the text is hard-wrapped (most lines are of
 * similar, moderate length and do not end a sentence, as in old wire copy), in which case it is white space.
 *
 * <p>Tokens: words (with inner apostrophes and hyphens, and dotted abbreviations such as "U.S."), numbers
 * (with inner separators), possessive clitics ("’s" split off), quotation marks, and single punctuation
 * characters. An apostrophe between letters is part of its word; any other quote-like mark is a
 * {@link TokenType#QUOTE} token, left for the quote scanner to interpret.
 *
 * <p>Sentences: end at '.', '!', '?' or '…' (with any closing quotes or brackets that follow) when the next
 * token could start a sentence and the period does not close a known abbreviation or an initial. A sentence
 * never crosses a paragraph.
 *
 * <p>Stateless and thread-safe; share one instance.
 */
public final class Segmenter {

    private static final WordSet ABBREVIATIONS = WordSet.of(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
            "st", "jr", "sr", "prof", "rev", "hon", "pres", "supt", "det", "insp", "atty", "amb", "maj", "cpl",
            "jan", "feb", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "nos", "vs", "v", "etc",
            "approx", "dept", "est", "fig", "ft", "mt", "inc", "corp", "co", "ltd", "bros", "mass", "calif",
            "fla", "ill", "pa", "va", "wash", "mich", "ariz", "conn", "ga", "ky", "la", "md", "minn", "mo",
            "nev", "okla", "ore", "tenn", "tex", "wis", "colo", "ala", "ark", "del", "kan", "neb", "vt", "wyo");

    /** Abbreviations that are often the last word of a sentence, so they end one before a capital. */
    private static final WordSet SENTENCE_FINAL_ABBREVIATIONS = WordSet.of(
            "inc", "corp", "co", "ltd", "bros", "etc", "jr", "sr");

    /** Capitalised words that usually start a sentence, used after dotted abbreviations like "U.S.". */
    private static final WordSet SENTENCE_STARTERS = WordSet.of(
            "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that", "there", "a",
            "an", "his", "her", "their", "its", "our", "if", "when", "as", "after", "on", "for", "while",
            "still", "yet", "so", "however", "meanwhile", "those", "these", "what", "who", "why", "how");

    /** Segments {@code text}. Never throws for any string input. */
    public Segmentation segment(String text) {
        List<int[]> paragraphRanges = paragraphRanges(text);
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        List<Sentence> sentences = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>(paragraphRanges.size());
        for (int[] range : paragraphRanges) {
            int firstToken = tokens.size();
            tokenize(text, range[0], range[1], tokens);
            if (tokens.size() == firstToken) {
                continue;
            }
            int paragraphIndex = paragraphs.size();
            int firstSentence = sentences.size();
            splitSentences(text, tokens, firstToken, tokens.size(), paragraphIndex, sentences);
            paragraphs.add(new Paragraph(tokens.get(firstToken).start(), tokens.get(tokens.size() - 1).end(),
                    firstSentence, sentences.size()));
        }
        return new Segmentation(text, paragraphs, sentences, tokens);
    }

    // ---------------------------------------------------------------- paragraphs

    private static List<int[]> paragraphRanges(String text) {
        List<int[]> lines = lines(text);
        boolean wrapped = isHardWrapped(text, lines);
        List<int[]> result = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] line : lines) {
            boolean blank = isBlank(text, line[0], line[1]);
            if (blank) {
                if (start >= 0) {
                    result.add(new int[] {start, end});
                    start = -1;
                }
                continue;
            }
            boolean indented = line[1] > line[0] && isIndent(text, line[0]);
            if (start >= 0 && (!wrapped || indented)) {
                result.add(new int[] {start, end});
                start = -1;
            }
            if (start < 0) {
                start = line[0];
            }
            end = line[1];
        }
        if (start >= 0) {
            result.add(new int[] {start, end});
        }
        return result;
    }

    /** Line ranges {@code [start, end)} excluding the line terminator. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new int[] {start, n});
        return lines;
    }

    private static boolean isHardWrapped(String text, List<int[]> lines) {
        int nonBlank = 0;
        int wrappedLike = 0;
        for (int[] line : lines) {
            if (isBlank(text, line[0], line[1])) {
                continue;
            }
            nonBlank++;
            int len = line[1] - line[0];
            char last = lastNonSpace(text, line[0], line[1]);
            boolean endsSentence = last == '.' || last == '!' || last == '?' || last == '"' || last == '”'
                    || last == ':' || last == '…';
            if (len >= 30 && len <= 100 && !endsSentence) {
                wrappedLike++;
            }
        }
        return nonBlank >= 4 && wrappedLike * 2 > nonBlank;
    }

    private static char lastNonSpace(String text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (!isSpace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static boolean isIndent(String text, int lineStart) {
        char c = text.charAt(lineStart);
        if (c == '\t') {
            return true;
        }
        return c == ' ' && lineStart + 1 < text.length() && text.charAt(lineStart + 1) == ' ';
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        if (c < 0x80) {
            // ASCII white space as Character sees it: space, \t to \r, and the separators 0x1C to 0x1F
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return isSpaceByCharacter(c);
    }

    /** {@link #isSpace} through {@link Character} alone, for every char (the reference the tests check against). */
    static boolean isSpaceByCharacter(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    // ---------------------------------------------------------------- tokens

    /** True for every quotation mark, including the ambiguous apostrophe-like ones. */
    public static boolean isQuoteChar(char c) {
        switch (c) {
            case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F':
            case '\u00AB': case '\u00BB': case '\u2039': case '\u203A':
            case '\u300C': case '\u300D': case '\u300E': case '\u300F':
            case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B':
            case '\uFF02':
                return true;
            default:
                return false;
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) { // ASCII: letters and digits only, as Character classifies them
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static void tokenize(String text, int from, int to, List<Token> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = text.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    i = word(text, i, to, out);
                } else {
                    out.add(new Token(i, i + 2, TokenType.PUNCT));
                    i += 2;
                }
                continue;
            }
            if (isWordChar(c)) {
                i = word(text, i, to, out);
                continue;
            }
            if (isQuoteChar(c)) {
                // possessive or contraction clitic after a word: ’s, 's, ’re, ’ll, ’ve, ’d, ’m
                int clitic = cliticEnd(text, i, to);
                if (clitic > 0) {
                    out.add(new Token(i, clitic, TokenType.WORD));
                    i = clitic;
                    continue;
                }
                out.add(new Token(i, i + 1, TokenType.QUOTE));
                i++;
                continue;
            }
            out.add(new Token(i, i + 1, TokenType.PUNCT));
            i++;
        }
    }

    /** End of a clitic starting with the apostrophe at {@code i} right after a word, or -1. */
    private static int cliticEnd(String text, int i, int to) {
        if (!isApostrophe(text.charAt(i)) || i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return -1;
        }
        int j = i + 1;
        while (j < to && Character.isLetter(text.charAt(j)) && j - i <= 3) {
            j++;
        }
        if (j == i + 1 || (j < to && Character.isLetterOrDigit(text.charAt(j)))) {
            return -1;
        }
        String tail = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
        switch (tail) {
            case "s": case "re": case "ll": case "ve": case "d": case "m":
                return j;
            default:
                return -1;
        }
    }

    private static int word(String text, int start, int to, List<Token> out) {
        int i = start;
        boolean digitsOnly = true;
        while (i < to) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII letters and digits, the common case
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    digitsOnly = false;
                    i++;
                    continue;
                }
                if (c >= '0' && c <= '9') {
                    i++;
                    continue;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLetterOrDigit(text.codePointAt(i))) {
                digitsOnly = false;
                i += 2;
                continue;
            }
            if (isWordChar(c)) {
                if (!Character.isDigit(c)) {
                    digitsOnly = false;
                }
                i++;
                continue;
            }
            if (c != '-' && c != '\u2011' && c != '.' && c != ',' && !isApostrophe(c)) {
                break; // none of the joiners below: the word ends here
            }
            boolean nextIsWord = i + 1 < to && isWordChar(text.charAt(i + 1));
            if ((c == '-' || c == '\u2011') && nextIsWord) {
                i++;
                continue;
            }
            if (isApostrophe(c) && nextIsWord && !digitsOnly) {
                if (cliticEnd(text, i, to) > 0) {
                    break; // split the clitic off as its own token
                }
                i++;
                continue;
            }
            if ((c == '.' || c == ',') && digitsOnly && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == '.' && !digitsOnly && i - start == 1 && nextIsWord && i + 2 < to && text.charAt(i + 2) == '.') {
                // dotted abbreviation: U.S., U.N., e.g.
                i = dotted(text, start, to);
                break;
            }
            break;
        }
        out.add(new Token(start, i, digitsOnly ? TokenType.NUMBER : TokenType.WORD));
        return i;
    }

    /** End of a dotted abbreviation such as "U.S." starting at {@code start}, including its last period. */
    private static int dotted(String text, int start, int to) {
        int i = start;
        while (i + 1 < to && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.') {
            i += 2;
        }
        return i;
    }

    // ---------------------------------------------------------------- sentences

    private static void splitSentences(String text, List<Token> tokens, int from, int to, int paragraph,
            List<Sentence> out) {
        int sentenceStart = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!isTerminal(text, t)) {
                continue;
            }
            int end = i + 1;
            // absorb closing quotes, brackets and further terminals that follow
            while (end < to) {
                Token n = tokens.get(end);
                char c = text.charAt(n.start());
                boolean adjacent = n.start() == tokens.get(end - 1).end();
                boolean closingShape = c == '\u201D' || c == '\u00BB' || c == '\u2019' || c == '\u300D'
                        || c == '\u300F' || c == '\u203A';
                boolean closer = n.type() == TokenType.QUOTE && (adjacent || closingShape)
                        || (c == ')' || c == ']') && adjacent || isTerminal(text, n);
                if (!closer) {
                    break;
                }
                end++;
            }
            if (end < to && !startsSentence(text, tokens, i, end)) {
                continue;
            }
            out.add(new Sentence(tokens.get(sentenceStart).start(), tokens.get(end - 1).end(), sentenceStart, end,
                    paragraph));
            sentenceStart = end;
            i = end - 1;
        }
        if (sentenceStart < to) {
            out.add(new Sentence(tokens.get(sentenceStart).start(), tokens.get(to - 1).end(), sentenceStart, to,
                    paragraph));
        }
    }

    private static boolean isTerminal(String text, Token t) {
        if (t.type() != TokenType.PUNCT || t.end() - t.start() != 1) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Whether a sentence boundary falls between token {@code terminal}'s run and token {@code next}. */
    private static boolean startsSentence(String text, List<Token> tokens, int terminal, int next) {
        Token nextToken = tokens.get(next);
        char first = text.charAt(nextToken.start());
        boolean capital = Character.isUpperCase(first) || Character.isDigit(first)
                || nextToken.type() == TokenType.QUOTE || first == '(' || first == '[' || first == '—'
                || first == '-' || Character.isTitleCase(first) || !Character.isLetter(first)
                && !Character.isDigit(first) && first != ',' && first != ';' && first != ':';
        if (!capital) {
            return false;
        }
        if (nextToken.start() == tokens.get(next - 1).end() && Character.isLetter(first)) {
            return false; // "3.5", "example.com": no space, no boundary
        }
        char mark = text.charAt(tokens.get(terminal).start());
        if (mark != '.' || terminal == 0) {
            return true;
        }
        Token before = tokens.get(terminal - 1);
        if (before.end() != tokens.get(terminal).start() || before.type() != TokenType.WORD) {
            return true;
        }
        String word = text.substring(before.start(), before.end());
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "John F. Kennedy"
        }
        if (ABBREVIATIONS.contains(lower)) {
            if (SENTENCE_FINAL_ABBREVIATIONS.contains(lower)) {
                return isSentenceStarter(text, nextToken);
            }
            return false;
        }
        return true;
    }

    private static boolean isSentenceStarter(String text, Token token) {
        return SENTENCE_STARTERS.contains(text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT));
    }
}
