package io.github.kmeans4j.metrics;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.internal.SplitMix64;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Chooses the number of clusters: fits every K of a range and scores each fit.
 *
 * <pre>{@code
 * KSelectionReport report = KSelection.sweep(data, 1, 10);
 * int k = report.recommendedK();
 * System.out.println(report.toTable());
 * }</pre>
 *
 * <p>Each K is fitted with {@code KMeans.builder().k(K).restarts(r).seed(seed)} (on top of a
 * template's other settings, if given) and reported with its inertia, mean silhouette (exact up
 * to a size, on a seeded sample above it), Calinski–Harabasz and Davies–Bouldin indices (none of
 * the three for K = 1), and the gap statistic with its standard error (Tibshirani, Walther and
 * Hastie, "Estimating the number of clusters in a data set via the gap statistic", J. R. Stat.
 * Soc. B 63(2), 2001): {@code gap(K) = mean_b log W*_b(K) − log W(K)}, where W is the inertia
 * (the pooled within-cluster sum of squares) and W*_b that of the same fit on reference set b, B
 * sets of n points drawn uniformly from the data's bounding box (the same B sets for every K;
 * they carry the data's weights, if any); {@code s(K) = sd_b(log W*_b(K)) · sqrt(1 + 1/B)}.
 *
 * <p>The recommendation follows Tibshirani's rule: the smallest K with
 * {@code gap(K) ≥ gap(K+1) − s(K+1)}; if no K below the largest one swept satisfies it, the
 * largest. The report's reason states the inequality and cross-checks it against the K of the
 * highest mean silhouette and the elbow of the inertia curve (Kneedle), saying whether they agree.
 *
 * <p>Cost: {@code (B + 1) · r} fits per K, plus one silhouette per K ≥ 2. Deterministic: the same
 * data and settings give the same report. Immutable and thread-safe.
 */
public final class KSelection {
    private final int kMin;
    private final int kMax;
    private final int restarts;
    private final long seed;
    private final int referenceSets;
    private final int exactUpTo;
    private final int sampleSize;
    private final KMeans template;

    private KSelection(Builder b) {
        this.kMin = b.kMin;
        this.kMax = b.kMax;
        this.restarts = b.restarts;
        this.seed = b.seed;
        this.referenceSets = b.referenceSets;
        this.exactUpTo = b.exactUpTo;
        this.sampleSize = b.sampleSize;
        this.template = b.template;
    }

    /**
     * Sweeps K from kMin to kMax with the defaults of {@link #builder()}.
     *
     * @param data the points to cluster
     * @param kMin the smallest K, at least 1
     * @param kMax the largest K, above kMin and below the number of points
     * @return the scores of every K and the recommended one
     * @throws IllegalArgumentException as {@link Builder#kRange} and {@link #sweep(Dataset)}
     */
    public static KSelectionReport sweep(Dataset data, int kMin, int kMax) {
        return builder().kRange(kMin, kMax).build().sweep(data);
    }

    /**
     * A builder with the defaults: 3 restarts per fit, seed 0, 10 reference sets, exact
     * silhouette up to 10 000 points and a sample of 2 000 above, the library's default k-means.
     *
     * @return a new builder; its K range must still be set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits and scores every K of the range on {@code data}.
     *
     * @param data the points to cluster
     * @return the scores of every K and the recommended one
     * @throws IllegalArgumentException if data is null, kMax is not below the number of points,
     *     or a fit rejects the data (for instance fewer distinct points than K)
     */
    public KSelectionReport sweep(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("KSelection: data must not be null");
        }
        int n = data.n();
        int d = data.d();
        if (kMax > n - 1) {
            throw new IllegalArgumentException("KSelection: kMax = " + kMax + " must be below the number of points n = "
                    + n + " (the silhouette is undefined for n clusters)");
        }
        double[] x = data.toRowMajorArray();
        double[] low = new double[d];
        double[] high = new double[d];
        for (int m = 0; m < d; m++) {
            low[m] = Double.POSITIVE_INFINITY;
            high[m] = Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                low[m] = Math.min(low[m], x[i * d + m]);
                high[m] = Math.max(high[m], x[i * d + m]);
            }
        }
        int shift = ExactScale.shiftFor(x);   // the scores are scale-free; the reference sets use low and high as given
        ExactScale.apply(x, shift);
        int threads = template == null ? Parallel.allCores() : template.threads();
        int[] sample = n > exactUpTo ? ClusterScores.drawSample(n, sampleSize, seed) : null;
        List<KSelectionReport.Row> rows = new ArrayList<>();
        for (int k = kMin; k <= kMax; k++) {
            KMeansResult fit = fit(k, seed, data);
            double logW = Math.log(fit.inertia());
            double[] logRef = new double[referenceSets];
            double meanLogRef = 0;
            for (int b = 0; b < referenceSets; b++) {
                Dataset reference = referenceSet(b, n, d, low, high, data);
                logRef[b] = Math.log(fit(k, SplitMix64.mix(seed + 0x632be59bd9b4e019L * (b + 1)), reference).inertia());
                meanLogRef += logRef[b];
            }
            meanLogRef /= referenceSets;
            double variance = 0;
            for (double v : logRef) {
                variance += (v - meanLogRef) * (v - meanLogRef);
            }
            double sd = Math.sqrt(variance / referenceSets);
            double error = sd * Math.sqrt(1 + 1.0 / referenceSets);

            OptionalDouble silhouette = OptionalDouble.empty();
            OptionalDouble ch = OptionalDouble.empty();
            OptionalDouble db = OptionalDouble.empty();
            int[] labels = fit.labels();
            Labels l = Labels.of("KSelection", "labels", labels, n);
            if (l.internalScoreDefined()) {
                ch = OptionalDouble.of(ClusterScores.calinskiHarabasz(x, n, d, l));
                db = OptionalDouble.of(ClusterScores.daviesBouldin(x, n, d, l, shift));
                silhouette = sample == null
                        ? OptionalDouble.of(ClusterScores.silhouette(x, n, d, l, threads).mean())
                        : sampledSilhouette(x, d, labels, sample, threads);
            }
            rows.add(new KSelectionReport.Row(k, fit, fit.inertia(), silhouette, sample != null, ch, db,
                    meanLogRef - logW, error));
        }
        return new KSelectionReport(rows, seed, referenceSets, restarts, sample == null ? 0 : sample.length);
    }

    /** The mean silhouette of the sample, empty if the sample holds fewer than 2 clusters or only singletons. */
    private static OptionalDouble sampledSilhouette(double[] x, int d, int[] labels, int[] sample, int threads) {
        int[] sampleLabels = new int[sample.length];
        for (int q = 0; q < sample.length; q++) {
            sampleLabels[q] = labels[sample[q]];
        }
        if (!Labels.of("KSelection", "labels", sampleLabels, sample.length).internalScoreDefined()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(ClusterScores.sampled("KSelection", x, labels.length, d, labels, sample, threads)
                .mean());
    }

    private KMeansResult fit(int k, long fitSeed, Dataset data) {
        KMeans.Builder b = template == null ? KMeans.builder() : template.toBuilder();
        return b.k(k).restarts(restarts).seed(fitSeed).build().fit(data);
    }

    /** Reference set b: n points uniform in the box [low, high], from their own seeded stream. */
    private Dataset referenceSet(int b, int n, int d, double[] low, double[] high, Dataset data) {
        SplitMix64 random = SplitMix64.forRestart(SplitMix64.mix(seed ^ 0x5851f42d4c957f2dL), b);
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                double u = random.nextDouble();
                values[i * d + m] = low[m] * (1 - u) + high[m] * u;   // high − low may overflow
            }
        }
        Dataset reference = Dataset.ofRowMajor(values, d);
        return data.hasWeights() ? reference.withWeights(data.weights()) : reference;
    }

    @Override
    public String toString() {
        return "KSelection[k=" + kMin + ".." + kMax + ", restarts=" + restarts + ", seed=" + seed
                + ", referenceSets=" + referenceSets + ", exactSilhouetteUpTo=" + exactUpTo
                + ", silhouetteSampleSize=" + sampleSize + ", template=" + template + "]";
    }

    /** Configures a {@link KSelection}. Not thread-safe. */
    public static final class Builder {
        private int kMin = -1;
        private int kMax = -1;
        private int restarts = 3;
        private long seed;
        private int referenceSets = 10;
        private int exactUpTo = 10_000;
        private int sampleSize = 2_000;
        private KMeans template;

        private Builder() {
        }

        /**
         * The range of K, both ends included (required).
         *
         * @param kMin the smallest K, at least 1
         * @param kMax the largest K, above kMin
         * @return this builder
         * @throws IllegalArgumentException unless 1 ≤ kMin &lt; kMax
         */
        public Builder kRange(int kMin, int kMax) {
            if (kMin < 1) {
                throw new IllegalArgumentException("KSelection: kMin must be at least 1, was " + kMin);
            }
            if (kMax <= kMin) {
                throw new IllegalArgumentException("KSelection: kMax = " + kMax + " must exceed kMin = " + kMin
                        + ": the gap rule compares K with K + 1");
            }
            this.kMin = kMin;
            this.kMax = kMax;
            return this;
        }

        /**
         * Restarts of every fit, the data's and the reference sets' (default 3); the lowest inertia wins.
         *
         * @param restarts the number of restarts, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder restarts(int restarts) {
            if (restarts < 1) {
                throw new IllegalArgumentException("KSelection: restarts must be at least 1, was " + restarts);
            }
            this.restarts = restarts;
            return this;
        }

        /**
         * The seed of every fit, reference set and silhouette sample (default 0).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * B, the number of uniform reference sets of the gap statistic (default 10).
         *
         * @param sets the number of reference sets, at least 2
         * @return this builder
         * @throws IllegalArgumentException if below 2
         */
        public Builder referenceSets(int sets) {
            if (sets < 2) {
                throw new IllegalArgumentException("KSelection: referenceSets must be at least 2 for a standard error,"
                        + " was " + sets);
            }
            this.referenceSets = sets;
            return this;
        }

        /**
         * The silhouette is exact for data of at most this many points (default 10 000) and
         * computed on a sample above.
         *
         * @param points the largest number of points scored exactly, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder exactSilhouetteUpTo(int points) {
            if (points < 0) {
                throw new IllegalArgumentException("KSelection: exactSilhouetteUpTo must be 0 or more, was " + points);
            }
            this.exactUpTo = points;
            return this;
        }

        /**
         * The size of the silhouette's sample above the exact limit (default 2 000).
         *
         * @param points the number of points sampled, at least 2
         * @return this builder
         * @throws IllegalArgumentException if below 2
         */
        public Builder silhouetteSampleSize(int points) {
            if (points < 2) {
                throw new IllegalArgumentException("KSelection: silhouetteSampleSize must be at least 2, was " + points);
            }
            this.sampleSize = points;
            return this;
        }

        /**
         * The k-means configuration to fit with: its initialiser, iteration limit, tolerance,
         * empty-cluster policy, threads, kernel and listeners are kept (the listeners hear every
         * fit, the reference sets' too); its k, restarts and seed are replaced by the sweep's.
         * Its thread count is also used for the silhouette. Default: {@code KMeans.builder()}'s.
         *
         * @param template the configuration whose settings every fit starts from
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder template(KMeans template) {
            if (template == null) {
                throw new IllegalArgumentException("KSelection: template must not be null");
            }
            this.template = template;
            return this;
        }

        /**
         * The configured sweep.
         *
         * @return a new sweep with this builder's settings
         * @throws IllegalStateException if no K range was given
         */
        public KSelection build() {
            if (kMin < 0) {
                throw new IllegalStateException("KSelection: set the range of K with kRange(kMin, kMax) before build()");
            }
            return new KSelection(this);
        }
    }
}
