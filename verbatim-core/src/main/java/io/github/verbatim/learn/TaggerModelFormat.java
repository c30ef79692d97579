package io.github.verbatim.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The binary file format of a {@link TaggerModel}, gzip-compressed:
 *
 * <pre>
 * magic        8 bytes "VBTAGGER"
 * version      int, {@value #VERSION}
 * description  int length + UTF-8 bytes: the training data, seed and settings
 * hashBits     int
 * groups       int count + that many UTF names of {@link FeatureGroup}
 * lexicon      int count + count longs (ascending word hashes) + count bytes (strengths)
 * transitions  (COUNT + 1) * COUNT floats
 * scale        float: a weight is its 16-bit quantum times scale
 * weights      int count of non-zero quanta, then per entry a varint gap from the previous index
 *              (first: from -1) and a short quantum
 * base         boolean: a first-pass model follows, from "description" on, for a stacked model
 * </pre>
 *
 * Emission weights are quantized to 16 bits, which keeps the shipped file small; tagging decisions do
 * not move measurably. Reading checks the magic and version and fails naming what it found.
 */
public final class TaggerModelFormat {

    /** The format version this class writes and reads. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = "VBTAGGER".getBytes(StandardCharsets.US_ASCII);

    private TaggerModelFormat() {
    }

    /** Writes {@code model} to {@code out} (not closed). */
    public static void write(TaggerModel model, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        data.write(MAGIC);
        data.writeInt(VERSION);
        writeBody(model, data);
        data.flush();
        gzip.finish();
        out.flush();
    }

    private static void writeBody(TaggerModel model, DataOutputStream data) throws IOException {
        byte[] description = model.description().getBytes(StandardCharsets.UTF_8);
        data.writeInt(description.length);
        data.write(description);
        FeatureExtractor fx = model.extractor();
        data.writeInt(fx.hashBits());
        Set<FeatureGroup> groups = fx.groups().isEmpty() ? Set.of() : EnumSet.copyOf(fx.groups());
        data.writeInt(groups.size());
        for (FeatureGroup g : groups) {
            data.writeUTF(g.name());
        }
        long[] keys = fx.lexicon().keys();
        byte[] strengths = fx.lexicon().strengths();
        data.writeInt(keys.length);
        for (long k : keys) {
            data.writeLong(k);
        }
        data.write(strengths);
        for (float t : model.transitions()) {
            data.writeFloat(t);
        }
        int n = model.weightCount();
        data.writeFloat(model.scale());
        int nonZero = 0;
        for (int i = 0; i < n; i++) {
            if (model.quantum(i) != 0) {
                nonZero++;
            }
        }
        data.writeInt(nonZero);
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int q = model.quantum(i);
            if (q != 0) {
                writeVarint(data, i - previous);
                data.writeShort(q);
                previous = i;
            }
        }
        data.writeBoolean(model.base() != null);
        if (model.base() != null) {
            writeBody(model.base(), data);
        }
    }

    /** Reads a model; fails with an {@link IOException} naming the problem for anything but this format. */
    public static TaggerModel read(InputStream in) throws IOException {
        DataInputStream data;
        try {
            data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        } catch (java.util.zip.ZipException notGzip) {
            throw new IOException("not a Verbatim tagger model (not gzip-compressed)", notGzip);
        }
        try {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not a Verbatim tagger model (magic "
                        + new String(magic, StandardCharsets.ISO_8859_1) + ")");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new IOException("tagger model format version " + version + " is not supported (this build reads "
                        + VERSION + ")");
            }
            return readBody(data, 0);
        } catch (EOFException truncated) {
            throw new IOException("truncated tagger model", truncated);
        }
    }

    private static TaggerModel readBody(DataInputStream data, int depth) throws IOException {
        if (depth > 4) {
            throw new IOException("corrupt tagger model: first-pass models nested too deep");
        }
        {
            byte[] description = new byte[checkedCount(data.readInt(), 1 << 20, "description length")];
            data.readFully(description);
            int hashBits = data.readInt();
            if (hashBits < 10 || hashBits > 26) {
                throw new IOException("tagger model hash bits " + hashBits + " outside 10..26");
            }
            int groupCount = checkedCount(data.readInt(), FeatureGroup.values().length, "feature group count");
            EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
            for (int i = 0; i < groupCount; i++) {
                String name = data.readUTF();
                try {
                    groups.add(FeatureGroup.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    throw new IOException("tagger model uses unknown feature group " + name, unknown);
                }
            }
            int lexiconSize = checkedCount(data.readInt(), 1 << 24, "lexicon size");
            long[] keys = new long[lexiconSize];
            for (int i = 0; i < lexiconSize; i++) {
                keys[i] = data.readLong();
            }
            byte[] strengths = new byte[lexiconSize];
            data.readFully(strengths);
            CueLexicon lexicon;
            try {
                lexicon = CueLexicon.of(keys, strengths);
            } catch (IllegalArgumentException bad) {
                throw new IOException("corrupt tagger model lexicon: " + bad.getMessage(), bad);
            }
            float[] transitions = new float[(BioTags.COUNT + 1) * BioTags.COUNT];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = data.readFloat();
            }
            float scale = data.readFloat();
            float[] weights = new float[(1 << hashBits) * BioTags.STRIDE];
            int nonZero = checkedCount(data.readInt(), weights.length, "weight count");
            int index = -1;
            for (int i = 0; i < nonZero; i++) {
                index += readVarint(data);
                if (index < 0 || index >= weights.length) {
                    throw new IOException("corrupt tagger model: weight index " + index + " out of range");
                }
                weights[index] = data.readShort() * scale;
            }
            FeatureExtractor extractor = new FeatureExtractor(groups, hashBits, lexicon);
            TaggerModel base = data.readBoolean() ? readBody(data, depth + 1) : null;
            try {
                return new TaggerModel(extractor, weights, transitions, new String(description, StandardCharsets.UTF_8),
                        base);
            } catch (IllegalArgumentException inconsistent) {
                throw new IOException("corrupt tagger model: " + inconsistent.getMessage(), inconsistent);
            }
        }
    }

    private static int checkedCount(int count, int max, String what) throws IOException {
        if (count < 0 || count > max) {
            throw new IOException("corrupt tagger model: " + what + " " + count + " outside 0.." + max);
        }
        return count;
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("corrupt tagger model: varint too long");
    }
}
