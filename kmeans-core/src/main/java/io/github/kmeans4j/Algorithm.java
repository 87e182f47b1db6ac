package io.github.kmeans4j;

import io.github.kmeans4j.internal.CentroidDistances;
import io.github.kmeans4j.internal.DistanceKernel;
import java.util.concurrent.Executor;

/**
 * How the assignment step finds each point's nearest centroid. {@link #HAMERLY}, {@link #ELKAN}
 * and {@link #YINYANG} are exact accelerations of {@link #LLOYD}: in every iteration they give the labels of Lloyd's
 * algorithm with {@link Kernel#SCALAR} exactly, and therefore the same centroids, inertia, events,
 * empty-cluster repairs and stop, bit for bit; they only skip distance computations that bounds
 * (from the triangle inequality) prove unnecessary. How many were computed and skipped is in
 * {@link KMeansResult#passStatistics()}.
 *
 * <p>Hamerly, Elkan and Yinyang always compute exact distances in the scalar reference's order; the
 * {@link Kernel} setting applies to Lloyd only. With a fast kernel, Lloyd may resolve a near-tie
 * differently (see {@link Kernel#PORTABLE}), so Lloyd with a fast kernel and the bounded variants
 * may then part ways; with {@link Kernel#SCALAR} they never do.
 *
 * <p>When no listener and no {@link StoppingRule} watches a fit, nobody reads the inertia of an
 * intermediate pass, so Hamerly and Elkan defer the distance from each point to its own centroid:
 * they move an upper bound on it instead, compute it only when that bound cannot prove the label,
 * and compute all of them only for a farthest-point repair and for the result. The result is the
 * same, bit for bit; the passes are cheaper.
 */
public enum Algorithm {
    /** Chosen per fit from n, d, k and the distance kernel Lloyd would use, by {@link #choose}. */
    AUTO {
        @Override
        AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads, boolean unwatched) {
            throw new AssertionError("AUTO is resolved before a pass is made");
        }
    },
    /**
     * Lloyd's algorithm: every point against every centroid, n·k distances per iteration, through
     * the configured {@link Kernel} (Lloyd, IEEE Trans. Inf. Theory 28(2), 1982).
     */
    LLOYD {
        @Override
        AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads, boolean unwatched) {
            return new LloydPass(Rows.of(data), data.weightsOrNull(), k, kernel, pool, threads);
        }
    },
    /**
     * Hamerly's algorithm (SDM 2010): per point one upper and one lower bound, per centroid half the
     * distance to its nearest other centroid. Extra memory n doubles (2n when nobody watches the
     * fit). Best at low and moderate d.
     */
    HAMERLY {
        @Override
        AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads, boolean unwatched) {
            return new HamerlyPass(data, k, pool, threads, CentroidDistances.forKernel(kernel), unwatched);
        }
    },
    /**
     * Elkan's algorithm (ICML 2003): per point k lower bounds, and the distances between all
     * centroids. Extra memory n·k doubles plus k² doubles (and n more when nobody watches the fit).
     * Prunes more than Hamerly, at the price of O(n·k) bound updates per iteration: worth it where
     * distances are dear, on wide data.
     */
    ELKAN {
        @Override
        AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads, boolean unwatched) {
            return new ElkanPass(data, k, pool, threads, CentroidDistances.forKernel(kernel),
                    unwatched && data.d() >= ElkanPass.DEFER_MIN_D);
        }
    },
    /**
     * Kanungo et al.'s filtering (IEEE TPAMI 2002) over a k-d tree of the points, built once per
     * fit and kept by its restarts: whole cells of the tree are given a centroid when every other
     * one is proven farther from all of the cell, and only the leaves' points are compared with
     * the candidates left. Like Hamerly and Elkan it gives the labels of Lloyd with
     * {@link Kernel#SCALAR} at every iteration (a candidate is struck out only when a test with
     * margins for rounding proves it strictly farther in computed distances, so exact ties and
     * near-ties reach the leaves), and the sums are accounted point by point in point order, so
     * centroids, inertia, events and stop equal scalar Lloyd's bit for bit, for any thread count.
     * Extra memory: about (d + 2) doubles per point. For low dimensions only: a fit on data with
     * more than 8 dimensions fails with an {@link IllegalArgumentException}.
     */
    KD_FILTER {
        @Override
        AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads, boolean unwatched) {
            return new FilterPass(data, k, pool, threads, unwatched);
        }
    },
    /**
     * {@link #KD_FILTER} with sums taken per cell: each node of the tree keeps the sums of its
     * points, so a cell that one centroid takes is added in one step, and only the leaves' points
     * one by one. The labels of every pass are still the exact search's for that pass's centroids
     * (the same proofs), but the sums are added in another order than Lloyd's, so the centroids
     * may differ from Lloyd's in their last bits: each coordinate of a centroid of n_j points of
     * total weight W is within 2·(n_j + 2)·u·Σ w·|x| / W of the exact weighted mean of its points
     * (u = 2⁻⁵³), as Lloyd's is. From such a difference on, a point at a near-tie may be labelled
     * otherwise than by Lloyd, so the runs may then part ways. Thread count still changes nothing.
     * Same limit of 8 dimensions.
     */
    KD_FILTER_CELLS {
        @Override
        AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads, boolean unwatched) {
            return new FilterPass(data, k, pool, threads, unwatched, true);
        }
    },
    /**
     * Yinyang k-means (Ding et al., ICML 2015): the centroids cut into about k/10 groups by a small
     * k-means on the centroids; per point one lower bound per group, tested group by group, then
     * centroid by centroid within a group that is not proven farther. Extra memory n·⌊k/10⌋ doubles
     * (at least n). Between Hamerly's one bound and Elkan's k: meant for many clusters, where
     * Elkan's n·k bounds are too many and Hamerly's one prunes too little. It does not defer
     * distances: the distance to each point's own centroid is computed in every pass.
     */
    YINYANG {
        @Override
        AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads, boolean unwatched) {
            return new YinyangPass(data, k, pool, threads, CentroidDistances.forKernel(kernel));
        }
    },
    /**
     * For one-dimensional data only: the globally optimal clustering, found by dynamic
     * programming ({@link Exact1D}), then handed to Lloyd's run as its initial centroids. The
     * optimum is a fixed point of Lloyd's iteration, so the run's events show it being assigned
     * and confirmed (one assignment and one update that moves nothing, with {@link Kernel#SCALAR}),
     * and the result is the optimum whatever the configured initializer, which is not used.
     * Never chosen by {@link #AUTO}. A fit on data with d ≠ 1 fails with an
     * {@link IllegalArgumentException}.
     */
    EXACT_1D {
        /** Lloyd's pass with the scalar kernel, which confirms the optimum. */
        @Override
        AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads, boolean unwatched) {
            return LLOYD.pass(data, k, kernel, pool, threads, unwatched);
        }
    };

    /**
     * The assignment pass this variant runs over {@code data}, made once per fit and reused by
     * its restarts.
     *
     * @param kernel the distance kernel of Lloyd's pass (the bounded variants compute exact
     *     distances themselves)
     * @param pool the executor of the helper tasks, or null for the calling thread only
     * @param unwatched whether nobody reads a pass's inertia, so that a variant may defer distances
     */
    abstract AssignmentPass pass(Dataset data, int k, DistanceKernel kernel, Executor pool, int threads,
                                 boolean unwatched);

    /** Above this many clusters, and within {@link #ELKAN_BOUNDS} bounds, AUTO prefers Elkan. */
    private static final int ELKAN_MIN_K = 128;
    /** From this many clusters on, where its bounds fit (see {@link #choose}), AUTO prefers Yinyang. */
    private static final int YINYANG_MIN_K = 64;
    /** The most lower bounds AUTO lets Elkan (n·k) or Yinyang (n·max(1, ⌊k/10⌋)) keep: 2²⁶ doubles, 512 MiB. */
    private static final long ELKAN_BOUNDS = 1L << 26;

    /**
     * The variant {@link #AUTO} runs for n points, d dimensions, k clusters and the kernel Lloyd
     * would use ({@code SCALAR}, {@code PORTABLE} or {@code VECTOR}: what {@link Kernel#AUTO}
     * resolves to when the JVM has, or lacks, the Vector API module). With k = 1 there is nothing
     * to prune: {@link #LLOYD}. Otherwise, writing "Elkan fits" for n·k ≤ 2²⁶ and "Yinyang fits"
     * for n·max(1, ⌊k/10⌋) ≤ 2²⁶:
     * <ul>
     *   <li>{@code VECTOR}: {@link #ELKAN} when d ≥ 512, k ≤ 16 and Elkan fits, else
     *       {@link #LLOYD};</li>
     *   <li>{@code PORTABLE}: {@link #LLOYD} when k ≤ 3; {@link #YINYANG} when d ≥ 16, k ≥ 64 and
     *       Yinyang fits; {@link #ELKAN} when d ≥ 32, k ≥ 8 and Elkan fits; else {@link #HAMERLY}
     *       when d ≥ 32 or k ≤ 64; else {@link #LLOYD};</li>
     *   <li>{@code SCALAR}: {@link #YINYANG} when d ≥ 4, k ≥ 64 and Yinyang fits; {@link #ELKAN}
     *       when k ≥ 128 and Elkan fits; else {@link #HAMERLY}.</li>
     * </ul>
     *
     * @implNote The evidence, measured on 2026-12-02 (one thread, ten iterations from the first k
     * rows, tolerance 0, on the Gaussian blobs of the benchmarks module; medians of three to five
     * fits after a round of warm-up, on a shared two-core AMD EPYC; figures move by ±20 % between
     * runs). Hamerly and Elkan compute exact distances in the scalar reference's order, one
     * centroid at a time, so each distance they keep costs several of a vectorised kernel's; they
     * pay off where they skip enough of them. Against the Vector API kernel (ms per fit, Lloyd /
     * Elkan): (60 000, 784, 10) 1 022 / 747; (60 000, 784, 16) 1 178 / 843; (60 000, 512, 10)
     * 894 / 634; but (30 000, 1 024, 10) 265 / 325, where Elkan skipped only 63 % of the
     * distances; (60 000, 784, 32) 1 299 / 1 665, (100 000, 256, 16) 567 / 596, (200 000, 64, 16)
     * 251 / 354 and (100 000, 64, 64) 325 / 552. On (1 000 000, 2, 8) Lloyd took 104 ms, Hamerly
     * 206 and Elkan 319. Against the portable kernel (Lloyd / Hamerly / Elkan, the wide shapes
     * measured before Elkan deferred its distances, which made it faster there): (100 000, 2, 3)
     * 11.7 / 12.7 / 21.7; (100 000, 32, 4) 35.2 / 31.6 / 37.5; (100 000, 2, 8) 52.4 / 27.2 / 44.0;
     * (1 000 000, 2, 8) 425 / 232 / –; (200 000, 4, 256) 1 198 / 1 557 / 1 227; (200 000, 64, 16)
     * 765 / 341 / 325; (100 000, 64, 64) 1 201 / 600 / 587; (60 000, 784, 10) 2 513 / 1 088 / 962;
     * (60 000, 784, 32) 4 839 / 2 260 / 1 714; (100 000, 64, 256) 6 525 / – / 3 074. Against the
     * scalar kernel, which computes exactly what Hamerly and Elkan compute, skipping always pays
     * (measured in an earlier session: Hamerly 1.5× faster on (100 000, 2, 8), 3.7× on
     * (500 000, 16, 64); Elkan 2.3× on (200 000, 4, 256)). The k-d tree filters are never chosen:
     * on 2026-12-05 (JMH, ten iterations from the first k rows, one thread, median ms per fit)
     * their tree build outweighed what their passes save over ten iterations, against Lloyd with
     * the Vector API kernel and against Hamerly alike: (100 000, 2, 8) KD_FILTER 25.3, Hamerly
     * 14.1, Lloyd 8.0; (1 000 000, 2, 8) 364, 216, 112; (200 000, 3, 16) 79, 40, 27 (see
     * benchmarks/README.md, section of 2026-12-05 on k-d tree filtering).
     *
     * <p>Yinyang, measured on 2026-12-05 in one JMH run (same protocol, medians of three fits
     * after one warm-up, nobody watching the fit, other agents' builds and benchmarks sharing
     * the two cores), ms per fit, Lloyd VECTOR / Lloyd PORTABLE / Hamerly / Elkan / Yinyang:
     * (100 000, 64, 64) 253 / 722 / 634 / 574 / 396; (200 000, 16, 128) 215 / 1 052 / 608 / 667 /
     * 436; (200 000, 64, 256) 1 175 / 5 563 / 5 412 / 3 615 / 3 189; (200 000, 4, 256) 164 / 866 /
     * 1 263 / 1 112 / 735. Yinyang was the fastest bounded variant on every shape, so it replaces
     * Elkan and Hamerly from k = 64 on where the scalar kernel is Lloyd's (not measured below
     * d = 4), and beats the portable kernel by 1.7–2.4× from d = 16 on; at d = 4 its lead over
     * the portable kernel (1.18×, inside the noise; level with it and with Elkan in a second run:
     * 765 / 757 / 740 for portable Lloyd / Elkan / Yinyang) is too thin to change the rule. A
     * second run on (200 000, 64, 256) gave 5 581 / 3 641 / 2 870. Against the
     * vector kernel it stays 1.6–4.5× slower: the VECTOR rule is unchanged.
     *
     * @param n the number of points, at least 1
     * @param d the number of dimensions, at least 1
     * @param k the number of clusters, at least 1
     * @param kernel the distance kernel Lloyd would use: {@link Kernel#SCALAR},
     *     {@link Kernel#PORTABLE} or {@link Kernel#VECTOR}
     * @return the variant to run, never {@link #AUTO}, {@link #EXACT_1D}, {@link #KD_FILTER} nor
     *     {@link #KD_FILTER_CELLS}
     * @throws IllegalArgumentException if n, d or k is below 1, or the kernel is null or
     *     {@link Kernel#AUTO}
     */
    public static Algorithm choose(int n, int d, int k, Kernel kernel) {
        if (n < 1 || d < 1 || k < 1) {
            throw new IllegalArgumentException("n, d and k must be at least 1, got n=" + n + ", d=" + d + ", k=" + k);
        }
        if (kernel == null || kernel == Kernel.AUTO) {
            throw new IllegalArgumentException("kernel must be SCALAR, PORTABLE or VECTOR, was " + kernel);
        }
        if (k == 1) {
            return LLOYD;
        }
        boolean elkanFits = (long) n * k <= ELKAN_BOUNDS;
        boolean yinyangFits = YinyangPass.bounds(n, k) <= ELKAN_BOUNDS;
        return switch (kernel) {
            case SCALAR -> {
                if (k >= YINYANG_MIN_K && d >= 4 && yinyangFits) {
                    yield YINYANG;
                }
                yield k >= ELKAN_MIN_K && elkanFits ? ELKAN : HAMERLY;
            }
            case PORTABLE -> {
                if (k <= 3) {
                    yield LLOYD;
                }
                if (k >= YINYANG_MIN_K && d >= 16 && yinyangFits) {
                    yield YINYANG;
                }
                if (d >= 32 && k >= 8 && elkanFits) {
                    yield ELKAN;
                }
                yield d >= 32 || k <= 64 ? HAMERLY : LLOYD;
            }
            default -> d >= 512 && k <= 16 && elkanFits ? ELKAN : LLOYD;
        };
    }
}
