package io.github.verbatim.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Development aid: reads paths with the standard walker and prints outcomes. Not a test. */
public final class ReadProbe {
    public static void main(String[] args) throws Exception {
        InputWalker w = InputWalker.standard();
        Map<String, Integer> counts = new TreeMap<>();
        boolean verbose = Boolean.getBoolean("verbose");
        for (Path f : w.files(List.of(Path.of(args[0])))) {
            w.read(f, o -> {
                String key = o instanceof ReadOutcome.Skipped s ? "skip:" + s.reason() : "read";
                counts.merge(key, 1, Integer::sum);
                if (verbose || o instanceof ReadOutcome.Skipped s && !s.reason().equals("not-article")) {
                    System.out.println(o instanceof ReadOutcome.Read r ? "READ " + r.location() + " "
                            + r.article().id() + " len=" + r.article().text().length() + " " + r.notes() : o);
                }
            });
        }
        System.out.println(counts);
    }
}
