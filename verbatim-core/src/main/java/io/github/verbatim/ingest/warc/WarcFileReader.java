package io.github.verbatim.ingest.warc;

import io.github.verbatim.ingest.ArticleReader;
import io.github.verbatim.ingest.InputLimits;
import io.github.verbatim.ingest.Inputs;
import io.github.verbatim.ingest.LimitExceededException;
import io.github.verbatim.ingest.ReadOutcome;
import io.github.verbatim.ingest.Stripe;
import io.github.verbatim.ingest.TextFileReader;
import io.github.verbatim.ingest.html.HtmlArticleParser;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.ArticleMetadata;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads web archives with jwarc: WARC ({@code .warc}, {@code .warc.gz}, per-record gzip members or one gzip
 * stream), WET ({@code .wet}, {@code .warc.wet.gz}), WAT and ARC files.
 *
 * <p>Every record meets exactly one outcome, located as {@code file#n} (the n-th record, from 1):
 * <ul>
 *   <li>an HTML {@code response} (or {@code resource}) with HTTP status 200 becomes an article through
 *       {@link HtmlArticleParser}, its id the target URI, the URI and the capture date as fallback metadata;</li>
 *   <li>a WET {@code conversion} record becomes a plain-text article (URL and date from the record);</li>
 *   <li>anything else is skipped and counted: {@code http-<status>} for a non-200 response, {@code not-html}
 *       for another payload type, {@code not-article} for request, warcinfo, metadata and revisit records,
 *       {@code too-large} for a body over {@link InputLimits#maxDocumentBytes()};</li>
 *   <li>a record that cannot be parsed ends the file with one {@code malformed-record} skip naming the offset
 *       and jwarc's complaint (the archive cannot be resynchronised safely after a broken header or chunk);
 *       in an ARC file a lenient reader ({@code LenientArcReader}) takes over from that record instead.</li>
 * </ul>
 * Block digests are checked: a record whose {@code WARC-Block-Digest} does not match its bytes is still read,
 * with a {@code bad-digest} note. Bodies are read up to the document limit only, so memory stays bounded by
 * {@link InputLimits}. Immutable and thread-safe.
 */
public final class WarcFileReader implements ArticleReader {

    private final InputLimits limits;
    private final HtmlArticleParser html;

    public WarcFileReader() {
        this(InputLimits.DEFAULTS);
    }

    public WarcFileReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.html = new HtmlArticleParser(limits);
    }

    @Override
    public boolean accepts(Path file) {
        String name = Inputs.baseName(file);
        return name.endsWith(".warc") || name.endsWith(".wet") || name.endsWith(".wat") || name.endsWith(".arc");
    }

    @Override
    public void read(Path file, Consumer<ReadOutcome> sink) {
        read(file, sink, n -> { });
    }

    /** Reads {@code file}, reporting bytes of it consumed as records are read. */
    @Override
    public void read(Path file, Consumer<ReadOutcome> sink, LongConsumer consumed) {
        long[] reported = {0};
        long size = sizeOf(file);
        LongConsumer capped = n -> {
            long add = Math.min(n, Math.max(0, size - reported[0]));
            if (add > 0) {
                reported[0] += add;
                consumed.accept(add);
            }
        };
        readRecords(file, sink, capped, Stripe.ALL);
        capped.accept(Long.MAX_VALUE);
    }

    /**
     * Reads the records of {@code stripe} only: every record's header is still parsed (that is how the next
     * one is found) but the records of other stripes are never decoded, so their HTML is not extracted.
     */
    @Override
    public void read(Path file, Consumer<ReadOutcome> sink, Stripe stripe) {
        readRecords(file, sink, n -> { }, Objects.requireNonNull(stripe, "stripe"));
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private void readRecords(Path file, Consumer<ReadOutcome> sink, LongConsumer consumed, Stripe stripe) {
        String base = file.toString();
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            if (stripe.keeps(0)) {
                sink.accept(new ReadOutcome.Skipped(base, "io-error", message(e)));
            }
            return;
        }
        // every record is one outcome, so the number of records met so far is the next outcome's position
        int ordinal = 0;
        try (WarcReader reader = new WarcReader(new CountingChannel(channel, consumed))) {
            reader.calculateBlockDigest();
            List<String> warnings = new ArrayList<>();
            reader.onWarning(warnings::add);
            long position = 0;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    position = reader.position();
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    if (Inputs.baseName(file).endsWith(".arc")) {
                        // jwarc is strict about ARC headers (spaces in URLs); a lenient pass takes over
                        long[] outcomes = {ordinal};
                        new LenientArcReader(limits, html).read(file, ordinal, o -> {
                            if (stripe.keeps(outcomes[0]++)) {
                                sink.accept(o);
                            }
                        });
                        return;
                    }
                    if (stripe.keeps(ordinal)) {
                        sink.accept(new ReadOutcome.Skipped(base + "#" + (ordinal + 1), "malformed-record",
                                "unreadable record at byte " + position + "; the rest of the file is abandoned: "
                                        + message(e)));
                    }
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                WarcRecord record = next.get();
                if (!stripe.keeps(ordinal++)) {
                    warnings.clear();
                    continue;
                }
                String location = base + "#" + ordinal;
                ReadOutcome outcome;
                try {
                    outcome = readRecord(record, location);
                    if (!warnings.isEmpty()) {
                        outcome = withNotes(outcome, warnings.stream().map(w -> "warc-warning: " + w).toList());
                        warnings.clear();
                    }
                } catch (LimitExceededException e) {
                    outcome = new ReadOutcome.Skipped(location, e.reason(), e.getMessage());
                } catch (IOException | RuntimeException e) {
                    outcome = new ReadOutcome.Skipped(location, "malformed-record", message(e));
                }
                sink.accept(outcome);
            }
        } catch (IOException | RuntimeException e) {
            if (stripe.keeps(ordinal)) {
                sink.accept(new ReadOutcome.Skipped(base, "io-error", message(e)));
            }
        }
    }

    private ReadOutcome readRecord(WarcRecord record, String location) throws IOException {
        if (record instanceof WarcResponse response) {
            MediaType recordType = response.contentType();
            if (!recordType.base().equals(MediaType.HTTP_RESPONSE.base())
                    && !recordType.base().equals(MediaType.HTTP.base())) {
                return payloadArticle(record, response, recordType, location);
            }
            byte[] block = Inputs.readBounded(record.body().stream(), limits.maxDocumentBytes());
            int status;
            String contentType;
            byte[] bytes;
            List<String> notes = new ArrayList<>();
            try {
                HttpResponse http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
                status = http.status();
                contentType = http.contentType().raw();
                bytes = status == 200 && isHtml(http.contentType())
                        ? Inputs.readBounded(http.bodyDecoded().stream(), limits.maxDocumentBytes()) : new byte[0];
            } catch (IOException | RuntimeException e) {
                LenientHttp.Response lenient = LenientHttp.parse(block, limits.maxDocumentBytes());
                if (lenient == null) {
                    throw e;
                }
                notes.add("lenient-http: " + message(e));
                status = lenient.status();
                contentType = lenient.contentType();
                bytes = lenient.body();
            }
            if (status != 200) {
                return new ReadOutcome.Skipped(location, "http-" + status,
                        "HTTP status " + status + " for " + response.target());
            }
            MediaType type = contentType == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(contentType);
            if (!isHtml(type)) {
                return new ReadOutcome.Skipped(location, "not-html", "payload is " + type + " at " + response.target());
            }
            ReadOutcome outcome = html.parse(bytes, id(response), location,
                    new HtmlArticleParser.Origin(contentType, response.target(), day(record)));
            return digestChecked(record, notes.isEmpty() ? outcome : withNotes(outcome, notes));
        }
        if (record instanceof WarcResource resource) {
            return payloadArticle(record, resource, resource.contentType(), location);
        }
        if (record instanceof WarcConversion conversion) {
            // the body stream must stay open: closing it would close the archive's channel
            byte[] bytes = Inputs.readBounded(conversion.body().stream(), limits.maxDocumentBytes());
            ReadOutcome decoded = TextFileReader.decode(id(conversion), location, bytes);
            if (decoded instanceof ReadOutcome.Read read) {
                Article a = read.article();
                ArticleMetadata meta = a.metadata().withUrl(conversion.target()).withPublished(day(record));
                decoded = new ReadOutcome.Read(new Article(a.id(), a.text(), meta), location, read.notes());
            }
            return digestChecked(record, decoded);
        }
        return digestChecked(record, new ReadOutcome.Skipped(location, "not-article", record.type() + " record"));
    }

    /** A resource (or a response holding a bare payload): HTML becomes an article, anything else is counted. */
    private ReadOutcome payloadArticle(WarcRecord record, WarcTargetRecord target, MediaType type, String location)
            throws IOException {
        if (!isHtml(type)) {
            drain(record);
            return new ReadOutcome.Skipped(location, "not-html", "payload is " + type + " at " + target.target());
        }
        byte[] bytes = Inputs.readBounded(record.body().stream(), limits.maxDocumentBytes());
        return digestChecked(record, html.parse(bytes, id(target), location,
                new HtmlArticleParser.Origin(type.raw(), target.target(), day(record))));
    }

    private static ReadOutcome digestChecked(WarcRecord record, ReadOutcome outcome) throws IOException {
        Optional<WarcDigest> declared = record.blockDigest();
        if (declared.isEmpty()) {
            return outcome;
        }
        record.body().consume();
        Optional<WarcDigest> actual = record.calculatedBlockDigest();
        if (actual.isPresent() && !actual.get().equals(declared.get())) {
            return withNotes(outcome, List.of("bad-digest: WARC-Block-Digest " + declared.get().prefixedBase32()
                    + " does not match the record's bytes (" + actual.get().prefixedBase32() + ")"));
        }
        return outcome;
    }

    private static ReadOutcome withNotes(ReadOutcome outcome, List<String> extra) {
        if (outcome instanceof ReadOutcome.Read read) {
            List<String> notes = new ArrayList<>(read.notes());
            notes.addAll(extra);
            return new ReadOutcome.Read(read.article(), read.location(), notes);
        }
        ReadOutcome.Skipped s = (ReadOutcome.Skipped) outcome;
        return new ReadOutcome.Skipped(s.location(), s.reason(), s.detail() + "; " + String.join("; ", extra));
    }

    private static void drain(WarcRecord record) throws IOException {
        record.body().consume();
    }

    private static boolean isHtml(MediaType type) {
        String t = type.base().toString().toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    private static String id(WarcTargetRecord record) {
        String target = record.target();
        return target == null || target.isBlank() ? String.valueOf(record.id()) : target;
    }

    private static LocalDate day(WarcRecord record) {
        try {
            return record.date() == null ? null : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reports every batch of bytes read through it. */
    private static final class CountingChannel implements java.nio.channels.ReadableByteChannel {
        private final java.nio.channels.ReadableByteChannel in;
        private final LongConsumer consumed;

        CountingChannel(java.nio.channels.ReadableByteChannel in, LongConsumer consumed) {
            this.in = in;
            this.consumed = consumed;
        }

        @Override
        public int read(java.nio.ByteBuffer dst) throws IOException {
            int n = in.read(dst);
            if (n > 0) {
                consumed.accept(n);
            }
            return n;
        }

        @Override
        public boolean isOpen() {
            return in.isOpen();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
