package io.github.verbatim.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the cost of one article grows with its length, accumulated in constant memory whatever the corpus
 * size: articles are counted into length buckets (UTF-8 bytes, bounds fixed up front) with their summed size
 * and cost, and two least-squares fits are kept as running sums: cost against size ({@code cost = a + b·size},
 * the fixed cost per article and the cost per byte) and log cost against log size (the exponent {@code k} of
 * {@code cost ∝ size^k}; 1 is linear). Not thread-safe: one curve per worker, {@link #merge}d at the end.
 */
public final class CostCurve {

    /** Default bucket upper bounds in UTF-8 bytes: below 500 B, 500 B–1 KB, 1–2, 2–4, 4–8, 8–16, 16 KB and up. */
    public static final long[] DEFAULT_BOUNDS = {500, 1_000, 2_000, 4_000, 8_000, 16_000};

    /** Exponents within this distance of 1 are called linear. */
    public static final double LINEAR_TOLERANCE = 0.1;

    private final long[] bounds;
    private final long[] count;
    private final long[] bytes;
    private final long[] nanos;
    private long n;
    private double sx;
    private double sy;
    private double sxx;
    private double sxy;
    private double syy;
    private long logN;
    private double lx;
    private double ly;
    private double lxx;
    private double lxy;

    /** A curve over {@link #DEFAULT_BOUNDS}. */
    public CostCurve() {
        this(DEFAULT_BOUNDS);
    }

    /**
     * A curve whose bucket {@code i} holds sizes in {@code [bounds[i-1], bounds[i])}; the first starts at 0 and
     * one more bucket holds sizes from the last bound up.
     *
     * @param bounds strictly increasing positive sizes in bytes
     */
    public CostCurve(long[] bounds) {
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] <= 0 || (i > 0 && bounds[i] <= bounds[i - 1])) {
                throw new IllegalArgumentException("bucket bounds must be positive and strictly increasing, got "
                        + Arrays.toString(bounds));
            }
        }
        this.bounds = bounds.clone();
        this.count = new long[bounds.length + 1];
        this.bytes = new long[bounds.length + 1];
        this.nanos = new long[bounds.length + 1];
    }

    /** The bucket index holding an article of {@code size} bytes. */
    public int bucketOf(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
        int i = Arrays.binarySearch(bounds, size);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Counts one article of {@code size} UTF-8 bytes that cost {@code costNanos}. */
    public void add(long size, long costNanos) {
        addBatch(1, size, costNanos);
    }

    /**
     * Counts {@code articles} articles of one bucket, {@code totalSize} UTF-8 bytes together, that cost
     * {@code costNanos} together (a batch timed as a whole): each counts as an article of the batch's mean
     * size and mean cost, in its bucket and in both fits. The batch should hold articles of one bucket only
     * (its mean size then lies in that bucket); a mixed batch is counted in the bucket of its mean.
     */
    public void addBatch(long articles, long totalSize, long costNanos) {
        if (articles < 1) {
            throw new IllegalArgumentException("a batch holds at least one article, got " + articles);
        }
        if (costNanos < 0 || totalSize < 0) {
            throw new IllegalArgumentException("cost and size must not be negative, got " + costNanos + " ns, "
                    + totalSize + " bytes");
        }
        double x = (double) totalSize / articles;
        double y = (double) costNanos / articles;
        int b = bucketOf(totalSize / articles);
        count[b] += articles;
        bytes[b] += totalSize;
        nanos[b] += costNanos;
        double w = articles;
        n += articles;
        sx += w * x;
        sy += w * y;
        sxx += w * x * x;
        sxy += w * x * y;
        syy += w * y * y;
        if (x > 0 && y > 0) {
            double u = Math.log(x);
            double v = Math.log(y);
            logN += articles;
            lx += w * u;
            ly += w * v;
            lxx += w * u * u;
            lxy += w * u * v;
        }
    }

    /** Adds everything {@code other} counted (same bounds required). */
    public void merge(CostCurve other) {
        if (!Arrays.equals(bounds, other.bounds)) {
            throw new IllegalArgumentException("cannot merge curves with different bounds");
        }
        for (int i = 0; i < count.length; i++) {
            count[i] += other.count[i];
            bytes[i] += other.bytes[i];
            nanos[i] += other.nanos[i];
        }
        n += other.n;
        sx += other.sx;
        sy += other.sy;
        sxx += other.sxx;
        sxy += other.sxy;
        syy += other.syy;
        logN += other.logN;
        lx += other.lx;
        ly += other.ly;
        lxx += other.lxx;
        lxy += other.lxy;
    }

    /** Articles counted. */
    public long articles() {
        return n;
    }

    /** The buckets, shortest first, empty ones included. */
    public List<Bucket> buckets() {
        List<Bucket> out = new ArrayList<>(count.length);
        for (int i = 0; i < count.length; i++) {
            out.add(new Bucket(i == 0 ? 0 : bounds[i - 1], i < bounds.length ? bounds[i] : -1, count[i], bytes[i],
                    nanos[i]));
        }
        return out;
    }

    /**
     * Three groups for the question (short, medium, long articles): runs of whole buckets, shortest
     * first, a group closing as soon as the articles counted so far reach its third of the total. A group is
     * empty (zero articles) when one bucket holds more than a third.
     */
    public List<Bucket> terciles() {
        List<Bucket> out = new ArrayList<>(3);
        long lower = 0;
        long c = 0;
        long by = 0;
        long ns = 0;
        long cumulative = 0;
        for (Bucket b : buckets()) {
            if (c == 0) {
                lower = b.lower();
            }
            c += b.articles();
            by += b.bytes();
            ns += b.nanos();
            cumulative += b.articles();
            boolean last = b.upper() < 0;
            if (last || (out.size() < 2 && c > 0 && 3 * cumulative >= (out.size() + 1) * n)) {
                out.add(new Bucket(lower, b.upper(), c, by, ns));
                c = 0;
                by = 0;
                ns = 0;
                lower = b.upper();
            }
        }
        while (out.size() < 3) {
            out.add(new Bucket(bounds.length == 0 ? 0 : bounds[bounds.length - 1], -1, 0, 0, 0));
        }
        return out;
    }

    /** The fit {@code cost = a + b·size}: a in µs per article, b in µs per KB (1,000 bytes), and R². */
    public LinearFit linearFit() {
        double den = n * sxx - sx * sx;
        if (n < 2 || den <= 0) {
            return new LinearFit(Double.NaN, Double.NaN, Double.NaN);
        }
        double slope = (n * sxy - sx * sy) / den;
        double intercept = (sy - slope * sx) / n;
        double varY = n * syy - sy * sy;
        double r = varY <= 0 ? Double.NaN : (n * sxy - sx * sy) / Math.sqrt(den * varY);
        return new LinearFit(intercept / 1e3, slope, r * r);
    }

    /** The exponent {@code k} of {@code cost ∝ size^k} fitted on logarithms; NaN with fewer than 2 sizes. */
    public double exponent() {
        double den = logN * lxx - lx * lx;
        if (logN < 2 || den <= 0) {
            return Double.NaN;
        }
        return (logN * lxy - lx * ly) / den;
    }

    /** A verdict on the exponent: linear, sub-linear (a fixed cost per article weighs on short ones) or super-linear. */
    public static String verdict(double exponent) {
        if (Double.isNaN(exponent)) {
            return "unknown (fewer than two article lengths)";
        }
        if (Math.abs(exponent - 1) <= LINEAR_TOLERANCE) {
            return "linear";
        }
        return exponent < 1 ? "sub-linear (a fixed cost per article weighs on short articles)"
                : "super-linear (cost grows faster than length)";
    }

    /**
     * One bucket.
     *
     * @param lower    smallest size in it, bytes
     * @param upper    first size past it, bytes; -1 for no upper bound
     * @param articles articles counted
     * @param bytes    their summed size
     * @param nanos    their summed cost
     */
    public record Bucket(long lower, long upper, long articles, long bytes, long nanos) {

        /** Mean cost per article in µs; NaN when empty. */
        public double microsPerArticle() {
            return articles == 0 ? Double.NaN : nanos / 1e3 / articles;
        }

        /** Cost per KB (1,000 bytes) in µs; NaN when empty. */
        public double microsPerKb() {
            return bytes == 0 ? Double.NaN : nanos / 1e3 / (bytes / 1e3);
        }

        /** "1–2 KB", "below 500 B", "16 KB and up". */
        public String label() {
            if (upper < 0) {
                return size(lower) + " and up";
            }
            if (lower == 0) {
                return "below " + size(upper);
            }
            return size(lower) + "–" + size(upper);
        }

        private static String size(long b) {
            if (b >= 1000 && b % 1000 == 0) {
                return b / 1000 + " KB";
            }
            return b >= 1000 ? String.format(Locale.ROOT, "%.1f KB", b / 1e3) : b + " B";
        }
    }

    /**
     * A straight-line fit of cost against size.
     *
     * @param microsPerArticle the intercept: fixed cost of an article, µs
     * @param microsPerKb      the slope: µs per KB (nanoseconds per byte are the same number)
     * @param rSquared         the fit's R²
     */
    public record LinearFit(double microsPerArticle, double microsPerKb, double rSquared) {
    }
}
