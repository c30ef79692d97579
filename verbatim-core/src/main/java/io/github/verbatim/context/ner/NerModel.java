package io.github.verbatim.context.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a trained named-entity tagger: one row of {@link NerLabels#COUNT} floats per hashed feature
 * bucket, plus a record of how it was trained (data, seed, epochs, sizes) in {@link #provenance()}.
 *
 * <p>File format (version 2, gzip-compressed): magic {@code VNER}, version, bucket bits, label count, the
 * {@link FeatureHashing} id as a UTF string (absent in version 1 files, which are read as
 * {@link FeatureHashing#PLAIN}), provenance as key/value UTF strings, a quantisation scale, then only the non-zero rows, each as a varint
 * bucket delta and one 16-bit quantised weight per label. Quantisation changes each weight by at most
 * {@code scale / 2}; the tagger works on the quantised weights, so a model scores the same before and after
 * a round trip through its file.
 *
 * <p>Immutable once built and safe to share between threads.
 */
public final class NerModel {

    /** Class-path location of the model shipped with Verbatim. */
    public static final String DEFAULT_RESOURCE = "/io/github/verbatim/context/ner/ner-model.bin.gz";

    private static final int MAGIC = 0x564E4552; // VNER

    static {
        if (NerLabels.COUNT != 9) {
            throw new ExceptionInInitializerError("accumulate() is unrolled for 9 labels, not " + NerLabels.COUNT);
        }
    }
    private static final int VERSION = 2;

    private final int bucketBits;
    private final FeatureHashing hashing;
    /** Weights quantised to 16 bits, row-major by bucket; the real weight is {@code weights[i] * scale}. */
    private final short[] weights;
    private final float scale;
    private final Map<String, String> provenance;

    /** A model from trained float weights, quantised to 16 bits as stored. */
    NerModel(int bucketBits, FeatureHashing hashing, float[] trained, Map<String, String> provenance) {
        this(bucketBits, hashing, quantise(trained), scaleOf(trained), provenance);
    }

    private NerModel(int bucketBits, FeatureHashing hashing, short[] weights, float scale,
            Map<String, String> provenance) {
        if (bucketBits < 10 || bucketBits > 26) {
            throw new IllegalArgumentException("bucket bits " + bucketBits + " outside [10, 26]");
        }
        if (weights.length != (1 << bucketBits) * NerLabels.COUNT) {
            throw new IllegalArgumentException("weights length " + weights.length + " does not match "
                    + bucketBits + " bucket bits");
        }
        this.bucketBits = bucketBits;
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.weights = weights;
        this.scale = scale;
        this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    private static float scaleOf(float[] trained) {
        float max = 0;
        for (float w : trained) {
            max = Math.max(max, Math.abs(w));
        }
        return max == 0 ? 1 : max / Short.MAX_VALUE;
    }

    private static short[] quantise(float[] trained) {
        float scale = scaleOf(trained);
        short[] q = new short[trained.length];
        for (int i = 0; i < trained.length; i++) {
            q[i] = (short) Math.round(trained[i] / scale);
        }
        return q;
    }

    /** The model shipped in Verbatim's jar. */
    public static NerModel loadDefault() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final NerModel DEFAULT = loadResource(DEFAULT_RESOURCE);
    }

    /** Loads a model from the class path; fails naming the resource when it is absent or corrupt. */
    public static NerModel loadResource(String resource) {
        try (InputStream in = NerModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("NER model resource " + resource + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + resource, e);
        }
    }

    /** Loads a model file written by {@link #write(Path)}. */
    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a model in the format described above. */
    public static NerModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Verbatim NER model (bad magic)");
        }
        int version = in.readInt();
        if (version != 1 && version != VERSION) {
            throw new IOException("unsupported NER model version " + version);
        }
        int bits = in.readInt();
        int labels = in.readInt();
        if (labels != NerLabels.COUNT || bits < 10 || bits > 26) {
            throw new IOException("NER model has " + labels + " labels and " + bits + " bucket bits");
        }
        FeatureHashing hashing;
        if (version == 1) {
            hashing = FeatureHashing.PLAIN;
        } else {
            String id = in.readUTF();
            try {
                hashing = FeatureHashing.of(id);
            } catch (IllegalArgumentException e) {
                throw new IOException("NER model has unknown feature hashing '" + id + "'", e);
            }
        }
        int entries = in.readInt();
        Map<String, String> provenance = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            provenance.put(in.readUTF(), in.readUTF());
        }
        float scale = in.readFloat();
        int rows = in.readInt();
        if (!(scale > 0) || Float.isInfinite(scale)) {
            throw new IOException("bad quantisation scale " + scale);
        }
        // the rows in one bulk read (at most 5 varint bytes and the weights each), parsed from the array:
        // reading them a short at a time through the stream cost most of the load time
        long most = Math.max(0, Math.min(Integer.MAX_VALUE - 16, (long) rows * (5 + 2 * labels)));
        byte[] body = in.readNBytes((int) most);
        short[] weights = new short[(1 << bits) * labels];
        int bucket = 0;
        int at = 0;
        for (int r = 0; r < rows; r++) {
            int delta = 0;
            for (int shift = 0; ; shift += 7) {
                if (shift >= 35) {
                    throw new IOException("malformed varint");
                }
                if (at >= body.length) {
                    throw new EOFException("NER model ends inside row " + r + " of " + rows);
                }
                int b = body[at++] & 0xFF;
                delta |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            bucket += delta;
            if (bucket >= 1 << bits) {
                throw new IOException("bucket " + bucket + " out of range");
            }
            if (at + 2 * labels > body.length) {
                throw new EOFException("NER model ends inside row " + r + " of " + rows);
            }
            for (int l = 0; l < labels; l++) {
                weights[bucket * labels + l] = (short) ((body[at] << 8) | (body[at + 1] & 0xFF));
                at += 2;
            }
        }
        return new NerModel(bits, hashing, weights, scale, provenance);
    }

    /** Writes the model in the format described above. */
    public void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(bucketBits);
        out.writeInt(NerLabels.COUNT);
        out.writeUTF(hashing.id());
        out.writeInt(provenance.size());
        for (Map.Entry<String, String> e : provenance.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        int labels = NerLabels.COUNT;
        int rows = 0;
        for (int b = 0; b < 1 << bucketBits; b++) {
            if (nonZeroRow(b)) {
                rows++;
            }
        }
        out.writeFloat(scale);
        out.writeInt(rows);
        int last = 0;
        for (int b = 0; b < 1 << bucketBits; b++) {
            if (!nonZeroRow(b)) {
                continue;
            }
            writeVarint(out, b - last);
            last = b;
            for (int l = 0; l < labels; l++) {
                out.writeShort(weights[b * labels + l]);
            }
        }
        out.flush();
        gz.finish();
    }

    /** Writes the model to {@code file}, replacing it. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    private boolean nonZeroRow(int bucket) {
        for (int l = 0; l < NerLabels.COUNT; l++) {
            if (weights[bucket * NerLabels.COUNT + l] != 0) {
                return true;
            }
        }
        return false;
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    /** Number of feature buckets, a power of two. */
    public int bucketBits() {
        return bucketBits;
    }

    /** How features map to this model's rows. */
    public FeatureHashing hashing() {
        return hashing;
    }

    /** How the model was trained: data sets, seed, epochs, document and token counts. */
    public Map<String, String> provenance() {
        return provenance;
    }

    /**
     * Adds the quantised rows of {@code features[0..n)} into {@code scores} (length {@link NerLabels#COUNT}),
     * subtracting those whose feature has the sign bit set (signed hashing; never set otherwise); multiply by
     * the positive scale for real scores, which does not change which label is best.
     */
    void accumulate(int[] features, int n, int[] scores) {
        accumulate(features, n, scores, 0);
    }

    /** As {@link #accumulate(int[], int, int[])}, adding into {@code scores[offset .. offset + COUNT)}. */
    void accumulate(int[] features, int n, int[] scores, int offset) {
        for (int k = 0; k < n; k++) {
            addRow(features[k], scores, offset);
        }
    }

    /** Adds the row of one feature (a bucket, signed as in {@link #accumulate}) into {@code scores[offset ..]}. */
    void addRow(int feature, int[] scores, int offset) {
        short[] w = weights;
        int base = (feature & Integer.MAX_VALUE) * NerLabels.COUNT;
        int s = feature >> 31; // 0 adds the row, -1 subtracts it: (w ^ -1) - (-1) == -w
        scores[offset] += (w[base] ^ s) - s;
        scores[offset + 1] += (w[base + 1] ^ s) - s;
        scores[offset + 2] += (w[base + 2] ^ s) - s;
        scores[offset + 3] += (w[base + 3] ^ s) - s;
        scores[offset + 4] += (w[base + 4] ^ s) - s;
        scores[offset + 5] += (w[base + 5] ^ s) - s;
        scores[offset + 6] += (w[base + 6] ^ s) - s;
        scores[offset + 7] += (w[base + 7] ^ s) - s;
        scores[offset + 8] += (w[base + 8] ^ s) - s;
    }

    @Override
    public String toString() {
        return "NerModel" + Objects.toString(provenance);
    }
}
