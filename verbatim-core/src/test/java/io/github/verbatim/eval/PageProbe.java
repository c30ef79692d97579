package io.github.verbatim.eval;

import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.html.HtmlFileReader;
import java.nio.file.Path;

/** Development aid: prints what the HTML reader makes of pages. Not a test. */
public final class PageProbe {
    public static void main(String[] args) {
        for (String a : args) {
            new HtmlFileReader(InputLimits.DEFAULTS).read(Path.of(a), o -> {
                if (o instanceof io.github.verbatim.ingest.ReadOutcome.Read r) {
                    String t = r.article().text();
                    System.out.println(a + " " + r.article().metadata() + " notes=" + r.notes());
                    System.out.println(t.substring(0, Math.min(600, t.length())) + "\n ... \n"
                            + t.substring(Math.max(0, t.length() - 400)));
                } else {
                    System.out.println(a + " " + o);
                }
            });
        }
    }
}
