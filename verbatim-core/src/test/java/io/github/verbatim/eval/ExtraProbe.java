package io.github.verbatim.eval;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.html.HtmlFileReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: prints extracted paragraphs that share few shingles with the gold text. Not a test. */
public final class ExtraProbe {
    public static void main(String[] args) throws Exception {
        Path fundus = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String goldName = Files.readAllLines(fundus.resolve("manifest.jsonl")).stream()
                    .filter(l -> l.contains("pages/" + name + ".html.gz")).findFirst().orElseThrow()
                    .replaceAll(".*\"gold_text\": \"([^\"]+)\".*", "$1");
            String gold = Files.readString(fundus.resolve(goldName));
            new HtmlFileReader(InputLimits.DEFAULTS).read(fundus.resolve("pages").resolve(name + ".html.gz"), o -> {
                if (o instanceof ReadOutcome.Read r) {
                    System.out.println("== " + name);
                    for (String p : r.article().text().split("\n\n")) {
                        ShingleScore s = ShingleScore.of(gold, p);
                        if (s.precision() < 0.5) {
                            System.out.println("  EXTRA " + p.substring(0, Math.min(160, p.length())));
                        }
                    }
                }
            });
        }
    }
}
