package io.github.verbatim.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.verbatim.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {

    @Test
    void aSpanTextWithALineBreakContinuesOnTheNextLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        String text = "Headline here\nThe senator said taxes rise.";
        Files.writeString(dir.resolve("text/a.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("attributions/a_x1.ann"), String.join("\n",
                "T1\tDiscard 0 27\tHeadline here",
                "The senator",
                "T2\tSource 14 25\tThe senator",
                "T3\tCue 26 30\tsaid",
                "T4\tContent 31 41\ttaxes rise",
                "E1\tAttribution:T3 Content:T4 Cue:T3 Source:T2", ""), StandardCharsets.UTF_8);
        List<GoldDocument> docs = PolnearCorpus.load(dir);
        assertEquals(1, docs.size());
        GoldAttribution a = docs.get(0).attributions().get(0);
        assertEquals(List.of(new Span(31, 41)), a.content());
        assertEquals(List.of(new Span(14, 25)), a.source());
    }
}
