package io.github.verbatim.ingest;

/**
 * Bounds that protect the process from hostile or broken input. Immutable, safe as a constant.
 *
 * <p>Memory stays bounded by these figures: a reader holds at most {@link #maxDocumentBytes} raw bytes of one
 * document at a time (plus its decoded text, two bytes per char, and its DOM, roughly ten times the text), so
 * with the {@link #DEFAULTS} one document costs at most about 16 MB raw, 32 MB decoded and a few hundred MB
 * of DOM in the worst case. A gzip stream that inflates beyond {@link #maxInflatedBytes} is abandoned as a
 * bomb. DOMs are cut at {@link #maxDomDepth} levels, so tree walks never run deep.
 *
 * @param maxDocumentBytes largest single document (an HTML page, a WARC record body, a JSON line), in bytes
 * @param maxInflatedBytes largest total a single gzip stream may inflate to before it is treated as a bomb
 * @param maxDomDepth      deepest element nesting parsed; deeper elements are flattened with a note
 */
public record InputLimits(long maxDocumentBytes, long maxInflatedBytes, int maxDomDepth) {

    /** 16 MB documents, 8 GB per gzip stream, 512 DOM levels. */
    public static final InputLimits DEFAULTS = new InputLimits(16L << 20, 8L << 30, 512);

    public InputLimits {
        if (maxDocumentBytes <= 0 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxDocumentBytes must be in 1.." + (Integer.MAX_VALUE - 16)
                    + ", got " + maxDocumentBytes);
        }
        if (maxInflatedBytes < maxDocumentBytes) {
            throw new IllegalArgumentException("maxInflatedBytes (" + maxInflatedBytes
                    + ") must be at least maxDocumentBytes (" + maxDocumentBytes + ")");
        }
        if (maxDomDepth < 8) {
            throw new IllegalArgumentException("maxDomDepth must be at least 8, got " + maxDomDepth);
        }
    }

    public InputLimits withMaxDocumentBytes(long value) {
        return new InputLimits(value, Math.max(value, maxInflatedBytes), maxDomDepth);
    }

    public InputLimits withMaxInflatedBytes(long value) {
        return new InputLimits(maxDocumentBytes, value, maxDomDepth);
    }

    public InputLimits withMaxDomDepth(int value) {
        return new InputLimits(maxDocumentBytes, maxInflatedBytes, value);
    }
}
