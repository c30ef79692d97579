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
