package io.github.kmeans4j;

import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.internal.DistanceKernel;
import io.github.kmeans4j.internal.Kernels;
import io.github.kmeans4j.internal.SplitMix64;
import io.github.kmeans4j.internal.TrialDistances;
import io.github.kmeans4j.internal.WorkerPool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A configured k-means algorithm (Lloyd's algorithm: Lloyd, "Least squares quantization in PCM",
 * IEEE Trans. Inf. Theory 28(2), 1982). Build one with {@link #builder()}; it is immutable and
 * thread-safe, and {@link #fit(Dataset)} may be called any number of times, from any thread.
 *
 * <pre>{@code
 * KMeans kmeans = KMeans.builder().k(3).seed(42).listener(System.out::println).build();
 * KMeansResult result = kmeans.fit(Dataset.of(rows));
 * }</pre>
 *
 * <p>Each iteration assigns every point to its nearest centroid (squared Euclidean distance, ties
 * to the lowest index) and then moves every centroid to the weighted mean of its points. A run
 * stops at the first of: an assignment that changes no label ({@link StopReason#LABELS_STABLE});
 * an update in which no centroid moved farther than the tolerance ({@link StopReason#CENTROID_SHIFT});
 * a custom {@link StoppingRule}; the iteration limit; cancellation. Cost: O(n·k·d) per iteration,
 * memory O(n + k·d) beyond the data, plus at most one copy of the data that the fast kernels make
 * (centred on the data's bounding box, see {@link Kernel}). The assignment step may instead use
 * Hamerly's or Elkan's bounds ({@link Builder#algorithm(Algorithm)}), which skip distance
 * computations but take exactly the same steps as Lloyd with the exact scalar kernel.
 *
 * <p>Determinism: the same data, configuration and seed give a bit-identical result and event
 * stream, on every JDK (the random generator is the library's own, see {@link #seed()}).
 */
public final class KMeans {
    private final int k;
    private final Initializer initializer;
    private final int restarts;
    private final int maxIterations;
    private final double tolerance;
    private final boolean stopWhenLabelsStable;
    private final EmptyClusterPolicy emptyClusterPolicy;
    private final Long seed;
    private final List<StoppingRule> stoppingRules;
    private final List<KMeansListener> listeners;
    private final int threads;
    private final Executor executor;
    private final Kernel kernel;
    private final Algorithm algorithm;

    private KMeans(Builder b) {
        this.k = b.k;
        this.initializer = b.initializer;
        this.restarts = b.restarts;
        this.maxIterations = b.maxIterations;
        this.tolerance = b.tolerance;
        this.stopWhenLabelsStable = b.stopWhenLabelsStable;
        this.emptyClusterPolicy = b.emptyClusterPolicy;
        this.seed = b.seed;
        this.stoppingRules = List.copyOf(b.stoppingRules);
        this.listeners = List.copyOf(b.listeners);
        this.threads = b.threads;
        this.executor = b.executor;
        this.kernel = b.kernel;
        this.algorithm = b.algorithm;
    }

    /**
     * {@return a builder with the defaults: greedy k-means++, 1 restart, 300 iterations, tolerance 0,
     * farthest-point repair}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this configuration, to derive a variant} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.k = k;
        b.initializer = initializer;
        b.restarts = restarts;
        b.maxIterations = maxIterations;
        b.tolerance = tolerance;
        b.stopWhenLabelsStable = stopWhenLabelsStable;
        b.emptyClusterPolicy = emptyClusterPolicy;
        b.seed = seed;
        b.stoppingRules.addAll(stoppingRules);
        b.listeners.addAll(listeners);
        b.threads = threads;
        b.executor = executor;
        b.kernel = kernel;
        b.algorithm = algorithm;
        return b;
    }

    /** {@return the number of clusters} */
    public int k() {
        return k;
    }

    /** {@return the initialiser} */
    public Initializer initializer() {
        return initializer;
    }

    /** {@return how many runs a fit makes; it returns the one of lowest inertia} */
    public int restarts() {
        return restarts;
    }

    /** {@return the most iterations (assignment and update) a run makes} */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * {@return the tolerance: a run stops when no centroid moved farther than this (Euclidean distance,
     * data units) in an update}
     */
    public double tolerance() {
        return tolerance;
    }

    /** {@return whether a run stops when an assignment changes no label} */
    public boolean stopWhenLabelsStable() {
        return stopWhenLabelsStable;
    }

    /** {@return what happens to empty clusters} */
    public EmptyClusterPolicy emptyClusterPolicy() {
        return emptyClusterPolicy;
    }

    /**
     * The configured seed; empty when every fit draws its own (reported by {@link KMeansResult#seed()}).
     *
     * @return the seed, if one was configured
     */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /** {@return the custom stopping rules, in the order added} */
    public List<StoppingRule> stoppingRules() {
        return stoppingRules;
    }

    /** {@return the listeners, in registration order} */
    public List<KMeansListener> listeners() {
        return listeners;
    }

    /** {@return how many threads a fit uses at most (the caller's thread included)} */
    public int threads() {
        return threads;
    }

    /** {@return the caller's executor for the helper threads, if one was given} */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    /** {@return the distance kernel choice} */
    public Kernel kernel() {
        return kernel;
    }

    /** {@return the assignment variant: Lloyd, Hamerly, Elkan, or {@link Algorithm#AUTO} (chosen per fit)} */
    public Algorithm algorithm() {
        return algorithm;
    }

    /**
     * Clusters {@code data}.
     *
     * @param data the points to cluster
     * @return the best of the restarts: centroids, labels and how the run went
     * @throws IllegalArgumentException if data is null, k exceeds the number of points, the data
     *     (counting only rows of positive weight) has fewer than k distinct points, given
     *     centroids do not match the data's dimension, or {@link Algorithm#ELKAN} or
     *     {@link Algorithm#YINYANG} was chosen and its bounds (n·k, n·max(1, ⌊k/10⌋)) do not fit in
     *     one array, or the data are so large (values or spread, times the
     *     total weight) that the fit's sums would overflow a double
     * @throws IllegalStateException if a cluster empties under {@link EmptyClusterPolicy#FAIL}
     */
    public KMeansResult fit(Dataset data) {
        return fit(data, null);
    }

    /**
     * Clusters {@code data}, stopping early when {@code cancellation} is cancelled.
     *
     * @param data the points to cluster
     * @param cancellation a token another thread may cancel, or {@code null}
     * @return the best of the restarts that ran; a cancelled fit says so in its result
     * @throws IllegalArgumentException as {@link #fit(Dataset)}
     */
    public KMeansResult fit(Dataset data, CancellationToken cancellation) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (k > data.n()) {
            throw new IllegalArgumentException("k = " + k + " exceeds the number of points n = " + data.n());
        }
        initializer.check(k, data.d());
        Magnitudes.check(data, initializer.givenValuesOrNull(), k, "the given centroids");
        int distinct = countDistinctUpTo(data, k);
        if (distinct < k) {
            throw new IllegalArgumentException("k = " + k + " but the data has only " + distinct
                    + " distinct point(s)" + (data.hasWeights() ? " of positive weight" : "")
                    + "; k-means cannot make more non-empty clusters than there are distinct points,"
                    + " so lower k or deduplicate");
        }
        long fitSeed = seed != null ? seed
                : SplitMix64.mix(System.nanoTime() ^ SEED_SEQUENCE.addAndGet(0x9e3779b97f4a7c15L));
        Initializer start = initializer;
        DistanceKernel distanceKernel;
        Algorithm variant;
        if (algorithm == Algorithm.EXACT_1D) {
            if (data.d() != 1) {
                throw new IllegalArgumentException("algorithm EXACT_1D needs one-dimensional data, but d = " + data.d());
            }
            // The optimum, confirmed by Lloyd's run from it with the exact scalar kernel.
            KMeansResult optimum = Exact1D.fit(data, k, () -> Run.isCancelled(cancellation));   // null: cancelled
            if (optimum != null) {
                start = Initializer.given(optimum.centroids());
            }
            distanceKernel = Kernels.byName(Kernel.SCALAR.name());
            variant = Algorithm.EXACT_1D;
        } else {
            // Resolved whatever the variant, so that an unavailable kernel fails every fit alike.
            distanceKernel = kernel == Kernel.AUTO ? Kernels.automatic() : Kernels.byName(kernel.name());
            variant = algorithm != Algorithm.AUTO ? algorithm
                    : Algorithm.choose(data.n(), data.d(), k,
                            Kernel.valueOf(distanceKernel.name().toUpperCase(Locale.ROOT)));
        }
        if (variant == Algorithm.ELKAN && (long) data.n() * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("algorithm ELKAN keeps n*k lower bounds, but n*k = " + (long) data.n() * k
                    + " exceeds the largest array; use HAMERLY or LLOYD");
        }
        long yinyangBounds = YinyangPass.bounds(data.n(), k);
        if (variant == Algorithm.YINYANG && yinyangBounds > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("algorithm YINYANG keeps n*max(1, k/10) lower bounds, but that is "
                    + yinyangBounds + ", more than the largest array; use HAMERLY or LLOYD");
        }
        int helpers = AssignmentPass.threadsFor(data.n(), threads) - 1;
        // Nobody reads the inertia of a pass: the bounded variants may defer their distances.
        boolean unwatched = listeners.isEmpty() && stoppingRules.isEmpty();
        try (WorkerPool pool = WorkerPool.of(executor, helpers, "kmeans4j-worker")) {
            AssignmentPass pass = variant.pass(data, k, distanceKernel, pool.executor(), threads, unwatched);
            // Seeding's passes run on the same threads, in the fit's kernel's family (same seeds either way).
            Seeding.Work seedingWork = new Seeding.Work(pool.executor(), pool.executor() == null ? 0 : helpers,
                    TrialDistances.forKernel(distanceKernel));
            return fitRuns(new LocalBackend(data, pass), cancellation, fitSeed, start, seedingWork);
        }
    }

    /**
     * Clusters the rows of {@code backend}: the same seeding, loop, stop rules, repairs, restarts
     * and events as {@link #fit(Dataset, CancellationToken)}, with the assignment pass and the
     * rows left to the backend (for instance the {@code kmeans-spark} module's, over a cluster).
     * Seeding draws from the backend's {@linkplain AssignmentBackend#sample() sample}, and the
     * events' and the result's labels are the sample's. This configuration's algorithm, kernel,
     * threads and executor do not apply: the backend chooses how it assigns. The backend checks
     * its own rows (finite values, magnitudes, distinct points).
     *
     * @param backend the rows and their assignment pass
     * @param cancellation a token another thread may cancel, or {@code null}
     * @return the best of the restarts that ran; a cancelled fit says so in its result
     * @throws IllegalArgumentException if backend is null, k exceeds its number of rows or its
     *     sample's, the sample has fewer than k distinct rows (unless the centroids are given),
     *     given centroids do not match its dimension, or the algorithm is
     *     {@link Algorithm#EXACT_1D}, which needs all rows in memory
     * @throws IllegalStateException if a cluster empties under {@link EmptyClusterPolicy#FAIL}
     * @throws java.util.concurrent.CancellationException if the backend abandoned its work (for
     *     instance a Spark job group was cancelled) before the first restart completed an
     *     assignment pass; later, such a cancellation ends the fit with
     *     {@link StopReason#CANCELLED} and the latest completed assignment
     */
    public KMeansResult fit(AssignmentBackend backend, CancellationToken cancellation) {
        if (backend == null) {
            throw new IllegalArgumentException("backend must not be null");
        }
        if (algorithm == Algorithm.EXACT_1D) {
            throw new IllegalArgumentException("algorithm EXACT_1D needs all rows in one Dataset; fit a Dataset instead");
        }
        Dataset sample = backend.sample();
        if (k > backend.n() || k > sample.n()) {
            throw new IllegalArgumentException("k = " + k + " exceeds the number of rows n = " + backend.n()
                    + " or of the sample seeding draws from, " + sample.n());
        }
        if (sample.d() != backend.d()) {
            throw new IllegalArgumentException("the backend's sample has d = " + sample.d() + " but its rows d = "
                    + backend.d());
        }
        initializer.check(k, backend.d());
        int distinct = countDistinctUpTo(sample, k);
        if (distinct < k && initializer.givenValuesOrNull() == null) {
            throw new IllegalArgumentException("k = " + k + " but the sample of " + sample.n() + " rows that seeding draws"
                    + " from has only " + distinct + " distinct row(s)" + (sample.hasWeights() ? " of positive weight" : "")
                    + "; take a larger sample, or lower k if the data have no more distinct points");
        }
        Thread fitting = Thread.currentThread();   // asked from the backend's threads too
        backend.watchCancellation(() -> (cancellation != null && cancellation.isCancelled()) || fitting.isInterrupted());
        long fitSeed = seed != null ? seed
                : SplitMix64.mix(System.nanoTime() ^ SEED_SEQUENCE.addAndGet(0x9e3779b97f4a7c15L));
        return fitRuns(backend, cancellation, fitSeed, initializer, Seeding.Work.SEQUENTIAL);
    }

    private KMeansResult fitRuns(AssignmentBackend backend, CancellationToken cancellation, long fitSeed,
                                 Initializer start, Seeding.Work seedingWork) {
        List<KMeansResult.RestartSummary> summaries = new ArrayList<>();
        KMeansResult best = null;
        boolean cancelled = false;
        for (int r = 0; r < restarts; r++) {
            if (r > 0 && Run.isCancelled(cancellation)) {
                cancelled = true;
                break;
            }
            KMeansResult result;
            try {
                result = new Run(this, start, backend, fitSeed, r, cancellation, seedingWork).run();
            } catch (java.util.concurrent.CancellationException e) {
                if (best == null) {
                    throw e;
                }
                cancelled = true;   // a later restart was cancelled before it had anything to report
                break;
            }
            summaries.add(new KMeansResult.RestartSummary(r, result.inertia(), result.iterations(),
                    result.stopReason()));
            if (best == null || result.inertia() < best.inertia()) {
                best = result;
            }
            if (result.stopReason() == StopReason.CANCELLED) {
                cancelled = true;
                break;
            }
        }
        return best.asFitResult(summaries, cancelled);
    }

    /** Keeps seeds drawn in the same nanosecond apart. */
    private static final AtomicLong SEED_SEQUENCE = new AtomicLong();

    /** The number of distinct rows of positive weight, counting no further than {@code limit}. */
    private static int countDistinctUpTo(Dataset data, int limit) {
        Rows rows = Rows.of(data);
        double[] w = data.weightsOrNull();
        Set<RowKey> seen = new HashSet<>();
        for (int i = 0; i < data.n() && seen.size() < limit; i++) {
            if (w == null || w[i] > 0) {
                seen.add(new RowKey(rows, i));
            }
        }
        return seen.size();
    }

    /** A row compared by value, as the distance sees it. */
    private record RowKey(Rows rows, int row) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey other && rows.sameRow(row, other.row);
        }

        @Override
        public int hashCode() {
            return rows.rowHash(row);
        }
    }

    @Override
    public String toString() {
        return "KMeans[k=" + k + ", initializer=" + initializer + ", restarts=" + restarts
                + ", maxIterations=" + maxIterations + ", tolerance=" + tolerance
                + ", emptyClusterPolicy=" + emptyClusterPolicy + ", algorithm=" + algorithm
                + ", seed=" + (seed == null ? "random" : seed) + "]";
    }

    /**
     * Collects and validates a configuration. Not thread-safe; {@link #build()} may be called
     * repeatedly and each result is independent of later changes to the builder.
     */
    public static final class Builder {
        private int k = -1;
        private Initializer initializer = Initializer.greedyKMeansPlusPlus();
        private int restarts = 1;
        private int maxIterations = 300;
        private double tolerance = 0.0;
        private boolean stopWhenLabelsStable = true;
        private EmptyClusterPolicy emptyClusterPolicy = EmptyClusterPolicy.FARTHEST_POINT;
        private Long seed;
        private final List<StoppingRule> stoppingRules = new ArrayList<>();
        private final List<KMeansListener> listeners = new ArrayList<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private Executor executor;
        private Kernel kernel = Kernel.AUTO;
        private Algorithm algorithm = Algorithm.AUTO;

        private Builder() {
        }

        /**
         * The number of clusters, at least 1. Required.
         *
         * @param k the number of clusters
         * @return this builder
         * @throws IllegalArgumentException if {@code k} is below 1
         */
        public Builder k(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1, was " + k);
            }
            this.k = k;
            return this;
        }

        /**
         * How initial centroids are chosen. Default: {@link Initializer#greedyKMeansPlusPlus()}.
         *
         * @param initializer the seeding strategy
         * @return this builder
         * @throws IllegalArgumentException if {@code initializer} is null
         */
        public Builder initializer(Initializer initializer) {
            if (initializer == null) {
                throw new IllegalArgumentException("initializer must not be null");
            }
            this.initializer = initializer;
            return this;
        }

        /**
         * How many runs to make, keeping the one of lowest inertia (the earliest on ties). Default 1.
         *
         * @param restarts the number of runs, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code restarts} is below 1
         */
        public Builder restarts(int restarts) {
            if (restarts < 1) {
                throw new IllegalArgumentException("restarts must be at least 1, was " + restarts);
            }
            this.restarts = restarts;
            return this;
        }

        /**
         * The most iterations (assignment and update) per run, at least 1. Default 300.
         *
         * @param maxIterations the iteration limit
         * @return this builder
         * @throws IllegalArgumentException if {@code maxIterations} is below 1
         */
        public Builder maxIterations(int maxIterations) {
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
            }
            this.maxIterations = maxIterations;
            return this;
        }

        /**
         * Stop when, in an update step, no centroid moved a Euclidean distance greater than this
         * (in the units of the data). Finite and at least 0. Default 0: only an update that moves
         * nothing stops the run this way, and convergence is normally seen as stable labels.
         *
         * @param tolerance the largest centroid shift that still stops a run
         * @return this builder
         * @throws IllegalArgumentException if {@code tolerance} is negative, NaN or infinite
         */
        public Builder tolerance(double tolerance) {
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("tolerance must be finite and non-negative, was " + tolerance);
            }
            this.tolerance = tolerance;
            return this;
        }

        /**
         * Whether a run stops as soon as an assignment changes no label. Default {@code true};
         * {@code false} makes runs go on to the tolerance or iteration limit (for benchmarks).
         *
         * @param stop true to stop on stable labels
         * @return this builder
         */
        public Builder stopWhenLabelsStable(boolean stop) {
            this.stopWhenLabelsStable = stop;
            return this;
        }

        /**
         * What to do with empty clusters. Default {@link EmptyClusterPolicy#FARTHEST_POINT}.
         *
         * @param policy the empty-cluster policy
         * @return this builder
         * @throws IllegalArgumentException if {@code policy} is null
         */
        public Builder emptyClusterPolicy(EmptyClusterPolicy policy) {
            if (policy == null) {
                throw new IllegalArgumentException("emptyClusterPolicy must not be null");
            }
            this.emptyClusterPolicy = policy;
            return this;
        }

        /**
         * The seed of every fit's random generator. Default: a fresh seed per fit, reported in its result.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Adds a custom stopping rule, consulted after every update step.
         *
         * @param rule the rule to add
         * @return this builder
         * @throws IllegalArgumentException if {@code rule} is null
         */
        public Builder stoppingRule(StoppingRule rule) {
            if (rule == null) {
                throw new IllegalArgumentException("stopping rule must not be null");
            }
            stoppingRules.add(rule);
            return this;
        }

        /**
         * Adds a listener; listeners receive events in the order they were added.
         *
         * @param listener the listener to add
         * @return this builder
         * @throws IllegalArgumentException if {@code listener} is null
         */
        public Builder listener(KMeansListener listener) {
            if (listener == null) {
                throw new IllegalArgumentException("listener must not be null");
            }
            listeners.add(listener);
            return this;
        }

        /**
         * How many threads a fit may use, the calling thread included. Default: the number of
         * available processors. The result does not depend on it: the points are split into
         * ranges that depend only on n, and partial sums are added in range order, so every
         * thread count gives a bit-identical result. Seeding's passes over the rows (greedy
         * k-means++, k-means‖) use the same threads, with the same seeds for every count. Small
         * data (under 4096 points) always runs on the calling thread.
         *
         * @param threads the most threads a fit uses, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Runs the helper threads of a fit on {@code executor} instead of threads the fit starts
         * and stops itself. Each assignment pass, and each of seeding's passes over the rows,
         * offers it at most {@code threads() - 1} tasks.
         *
         * <p>The fit never waits for a task that has not started. The calling thread works too
         * and takes every part of the pass that no task has taken, then waits only for the parts
         * that started tasks are still working on. So the executor may run the tasks late, run
         * none of them, or be the very pool the fit runs on (a fixed pool whose threads all fit,
         * a parallel stream in a {@code ForkJoinPool}): the fit completes, at worst at the speed
         * of one thread, with the result of a one-thread fit, bit for bit. A task that starts
         * after its pass is over returns at once; no task of a fit does any work after the fit
         * has returned or thrown. An interrupt or a cancelled token ends the fit as usual.
         *
         * <p>If {@code execute} throws {@link java.util.concurrent.RejectedExecutionException}, that
         * pass offers no more tasks and the calling thread does their share; the rejection does
         * not reach the caller. Any other exception {@code execute} throws ends the fit: it is
         * rethrown by {@code fit} once the tasks already working have stopped.
         *
         * @param executor runs the fit's helper tasks
         * @return this builder
         * @throws IllegalArgumentException if {@code executor} is null
         */
        public Builder executor(Executor executor) {
            if (executor == null) {
                throw new IllegalArgumentException("executor must not be null");
            }
            this.executor = executor;
            return this;
        }

        /**
         * The distance kernel. Default {@link Kernel#AUTO}.
         *
         * @param kernel the kernel choice
         * @return this builder
         * @throws IllegalArgumentException if {@code kernel} is null
         */
        public Builder kernel(Kernel kernel) {
            if (kernel == null) {
                throw new IllegalArgumentException("kernel must not be null");
            }
            this.kernel = kernel;
            return this;
        }

        /**
         * The assignment variant. Default {@link Algorithm#AUTO}, which picks one per fit from n, d,
         * k and the resolved kernel ({@link Algorithm#choose}). {@link Algorithm#HAMERLY}, {@link Algorithm#ELKAN}
         * and {@link Algorithm#YINYANG} take exactly the steps of {@link Algorithm#LLOYD} with {@link Kernel#SCALAR}, faster
         * where their bounds prune; the kernel setting applies to Lloyd only.
         *
         * @param algorithm the assignment variant
         * @return this builder
         * @throws IllegalArgumentException if {@code algorithm} is null
         */
        public Builder algorithm(Algorithm algorithm) {
            if (algorithm == null) {
                throw new IllegalArgumentException("algorithm must not be null");
            }
            this.algorithm = algorithm;
            return this;
        }

        /**
         * The configured algorithm.
         *
         * @return a new, immutable configuration with this builder's settings
         * @throws IllegalStateException if k was not set
         * @throws IllegalArgumentException if given centroids are not k in number
         */
        public KMeans build() {
            if (k < 1) {
                throw new IllegalStateException("k was not set: call k(int) before build()");
            }
            int given = initializer.givenCount();
            if (given >= 0 && given != k) {
                throw new IllegalArgumentException("given centroids have " + given + " rows but k = " + k);
            }
            return new KMeans(this);
        }
    }
}
