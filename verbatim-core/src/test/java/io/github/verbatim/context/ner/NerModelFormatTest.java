package io.github.verbatim.context.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The model file reads back to the same model (bulk row parsing), and a cut-off file fails to read. */
class NerModelFormatTest {

    private static byte[] bytes(NerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void shippedModelWritesBackTheSameBytes() throws IOException {
        byte[] once = bytes(NerModel.loadDefault());
        byte[] twice = bytes(NerModel.read(new ByteArrayInputStream(once)));
        assertArrayEquals(once, twice);
    }

    /** A version-1 file (no hashing id) reads as plain hashing, with the same weights. */
    @Test
    void versionOneFilesReadAsPlainHashing() throws IOException {
        NerModel plain = new NerTrainer(new NerTrainer.Config(1, 3L, 12), io.github.verbatim.context.gazetteer.Gazetteer.standard())
                .train(java.util.List.of(new NerDocument("d", "Anna Smith met Bob Jones in Paris.",
                        java.util.List.of(new GoldEntity(new io.github.verbatim.context.CharSpan(0, 10), EntityType.PER)))), java.util.Map.of());
        byte[] v2 = new GZIPInputStream(new ByteArrayInputStream(bytes(plain))).readAllBytes();
        int idLength = ((v2[16] & 0xFF) << 8) | (v2[17] & 0xFF);
        byte[] v1 = new byte[v2.length - 2 - idLength];
        System.arraycopy(v2, 0, v1, 0, 16);
        System.arraycopy(v2, 18 + idLength, v1, 16, v2.length - 18 - idLength);
        v1[7] = 1; // version
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(v1);
        }
        NerModel read = NerModel.read(new ByteArrayInputStream(gz.toByteArray()));
        org.junit.jupiter.api.Assertions.assertEquals(FeatureHashing.PLAIN, read.hashing());
        assertArrayEquals(bytes(plain), bytes(read));
    }

    @Test
    void truncatedRowsFailToRead() throws IOException {
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(bytes(NerModel.loadDefault()))).readAllBytes();
        for (int cut : new int[] {plain.length - 1, plain.length - 7, plain.length / 2}) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(Arrays.copyOf(plain, cut));
            }
            assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(gz.toByteArray())),
                    "cut at " + cut + " of " + plain.length);
        }
    }
}
