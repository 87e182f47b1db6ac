package io.github.kmeans4j;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import io.github.kmeans4j.internal.Nearest;
import io.github.kmeans4j.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * One restart of a fit: the mutable state of Lloyd's iteration, its buffers allocated once, and
 * the events it emits. The rows and the assignment step belong to the fit's
 * {@link AssignmentBackend} (locally, a {@link LocalBackend} running Lloyd, Hamerly or Elkan), so
 * every variant and every place the data may live share this skeleton: seeding, events, stop
 * rules, empty-cluster repairs, cancellation and restarts. The configuration ({@link KMeans}) is
 * shared and never changed.
 */
final class Run {
    private final KMeans config;
    private final Initializer initializer;   // the config's, or for EXACT_1D the optimum as given centroids
    private final AssignmentBackend backend;
    private final Dataset sample;      // the rows seeding draws from and events describe
    private final long seed;
    private final int restart;
    private final CancellationToken cancellation;
    private final Seeding.Work seedingWork;   // the threads and distance loop of seeding's passes
    private final List<KMeansListener> listeners;
    private final boolean listening;

    private final long n;
    private final int d;
    private final int k;

    private double[] centroids;        // k * d
    private double[] previous;         // k * d, centroids before the update; swapped with centroids
    private final ClusterTotals totals;   // sums, weights and sizes of the latest pass
    private final double[] shifts;
    private final boolean[] relocated;        // per cluster, in the current update
    private double inertia;
    private double[] assignedCentroids;   // the centroids of the latest completed assignment, or null
    private int assignedIteration;
    private int[] assignedSizes;
    private final List<PassStatistics.Pass> passCounts = new ArrayList<>();

    Run(KMeans config, Initializer initializer, AssignmentBackend backend, long seed, int restart,
        CancellationToken cancellation, Seeding.Work seedingWork) {
        this.config = config;
        this.seedingWork = seedingWork;
        this.initializer = initializer;
        this.backend = backend;
        this.sample = backend.sample();
        this.seed = seed;
        this.restart = restart;
        this.cancellation = cancellation;
        this.listeners = config.listeners();
        this.listening = !listeners.isEmpty();
        this.n = backend.n();
        this.d = backend.d();
        this.k = config.k();
        this.previous = new double[k * d];
        this.totals = new ClusterTotals(k, d);
        this.shifts = new double[k];
        this.relocated = new boolean[k];
    }

    static boolean isCancelled(CancellationToken token) {
        return (token != null && token.isCancelled()) || Thread.currentThread().isInterrupted();
    }

    KMeansResult run() {
        backend.restart();
        if (listening) {
            emit(new RunStarted(restart, config.restarts(), sample, k, seed, initializer.toString(),
                    config.emptyClusterPolicy(), config.maxIterations(), config.tolerance()));
        }
        Seeding seeding = new Seeding(Rows.of(sample), sample.weightsOrNull(), sample.n(), d, k,
                SplitMix64.forRestart(seed, restart), listening
                ? (j, row, centroid, p, dist, reason) -> emit(new SeedChosen(restart, j, row, centroid, p, dist, reason))
                : null, () -> isCancelled(cancellation), seedingWork);
        // A cancelled seeding stops early and fills its missing seeds; the loop below then ends at once.
        try {
            initializer.seed(seeding, backend.oversamplingRows());
        } catch (CancellationException e) {
            throw cancelledBeforeAPass("while seeding", e);
        }
        centroids = seeding.centroids;
        if (listening) {
            emit(new Initialized(restart, matrix(centroids)));
        }

        int completed = 0;
        boolean labelsCurrent = false;
        double previousInertia = Double.POSITIVE_INFINITY;
        StopReason reason = null;
        try {
            while (true) {
                if (isCancelled(cancellation)) {
                    reason = StopReason.CANCELLED;
                    break;
                }
                int iteration = completed + 1;
                long moved = assign(iteration);
                labelsCurrent = true;
                if (config.stopWhenLabelsStable() && iteration > 1 && moved == 0) {
                    completed = iteration;
                    reason = StopReason.LABELS_STABLE;
                    break;
                }
                update(iteration);
                completed = iteration;
                labelsCurrent = Arrays.equals(previous, centroids);
                double maxShift = 0;
                for (double s : shifts) {
                    maxShift = Math.max(maxShift, s);
                }
                if (maxShift <= config.tolerance()) {
                    reason = StopReason.CENTROID_SHIFT;
                    break;
                }
                if (customRuleStops(iteration, previousInertia, moved, maxShift)) {
                    reason = StopReason.CUSTOM_RULE;
                    break;
                }
                if (iteration >= config.maxIterations()) {
                    reason = StopReason.MAX_ITERATIONS;
                    break;
                }
                previousInertia = inertia;
            }
            if (!labelsCurrent) {
                if (reason == StopReason.CANCELLED) {
                    // the closing pass that labels the final centroids runs to its end on every
                    // backend, as on the local one: a backend that watches the token would abandon it
                    backend.watchCancellation(() -> false);
                }
                assign(completed + 1);
            }
        } catch (CancellationException e) {
            // The backend abandoned a pass (its work was cancelled where it runs): report the
            // latest completed assignment, whose centroids, labels and inertia agree.
            if (assignedCentroids == null) {
                throw cancelledBeforeAPass("during its first assignment pass", e);
            }
            reason = StopReason.CANCELLED;
            centroids = assignedCentroids;
            completed = assignedIteration - 1;
        }
        inertia = backend.latestInertia();
        KMeansResult result = new KMeansResult(k, d, centroids.clone(), backend.sampleLabels().clone(),
                assignedSizes, inertia, completed, reason, seed, restart,
                List.of(new KMeansResult.RestartSummary(restart, inertia, completed, reason)),
                reason == StopReason.CANCELLED, sample.columnNames())
                .withPassStatistics(new PassStatistics(backend.algorithm(), passCounts));
        if (listening) {
            emit(new RunFinished(restart, completed, reason, result));
        }
        return result;
    }

    private CancellationException cancelledBeforeAPass(String when, CancellationException cause) {
        CancellationException e = new CancellationException("the fit was cancelled " + when + " (restart " + restart
                + "), before any assignment to report");
        e.initCause(cause);
        return e;
    }

    private boolean customRuleStops(int iteration, double previousInertia, long moved, double maxShift) {
        List<StoppingRule> rules = config.stoppingRules();
        if (rules.isEmpty()) {
            return false;
        }
        StoppingRule.Progress progress =
                new StoppingRule.Progress(restart, iteration, inertia, previousInertia,
                        (int) Math.min(Integer.MAX_VALUE, moved), maxShift);
        for (StoppingRule rule : rules) {
            if (rule.shouldStop(progress)) {
                return true;
            }
        }
        return false;
    }

    /** Labels every row with its nearest centroid; returns how many labels changed. */
    private long assign(int iteration) {
        totals.clear();
        backend.assign(centroids, k, totals);
        assignedCentroids = centroids.clone();
        assignedIteration = iteration;
        assignedSizes = totals.intSizes();
        inertia = totals.inertia;
        passCounts.add(new PassStatistics.Pass(iteration, totals.computed, n * k - totals.computed,
                totals.betweenCentroids));
        if (listening) {
            int moved = (int) Math.min(Integer.MAX_VALUE, totals.moved);
            java.util.function.Supplier<int[]> later = backend.sampleLabelsOnDemand();
            emit(later == null
                    ? new Assigned(restart, iteration, backend.sampleLabels(), inertia, moved, totals.intSizes())
                    : Assigned.withLabelsOnDemand(restart, iteration, sample.n(), later, inertia, moved,
                            totals.intSizes()));
        }
        return totals.moved;
    }

    /** Moves every centroid to the weighted mean of its rows, repairing empty clusters. */
    private void update(int iteration) {
        double[] spare = previous;
        previous = centroids;
        double[] next = spare;
        double[] sums = totals.sums;
        double[] clusterWeight = totals.weight;
        long[] positiveSize = totals.positive;
        Arrays.fill(relocated, false);
        int empty = 0;
        for (int j = 0; j < k; j++) {
            empty += clusterWeight[j] > 0 ? 0 : 1;
        }
        List<AssignmentBackend.RepairRow> candidates = null;
        int nextCandidate = 0;
        if (empty > 0 && config.emptyClusterPolicy() == EmptyClusterPolicy.FARTHEST_POINT) {
            inertia = backend.latestInertia();   // the repair reads every distance
            candidates = backend.repairCandidates(empty, k);
        }
        for (int j = 0; j < k; j++) {
            if (clusterWeight[j] > 0) {
                continue;
            }
            switch (config.emptyClusterPolicy()) {
                case FAIL -> throw new IllegalStateException("cluster " + j + " is empty after the assignment of iteration "
                        + iteration + (config.restarts() > 1 ? " (restart " + restart + ")" : "")
                        + " and the empty-cluster policy is FAIL");
                case KEEP_PREVIOUS -> repaired(iteration, j, -1, -1, previous, j * d);
                case FARTHEST_POINT -> {
                    // the farthest row whose cluster keeps another row of positive weight
                    AssignmentBackend.RepairRow far = null;
                    while (nextCandidate < candidates.size()) {
                        AssignmentBackend.RepairRow c = candidates.get(nextCandidate++);
                        if (positiveSize[c.label()] >= 2) {
                            far = c;
                            break;
                        }
                    }
                    if (far == null) {
                        repaired(iteration, j, -1, -1, previous, j * d);
                    } else {
                        int donor = far.label();
                        double weight = far.weight();
                        double[] values = far.values();
                        for (int m = 0; m < d; m++) {
                            sums[donor * d + m] += -weight * values[m];
                        }
                        clusterWeight[donor] -= weight;
                        positiveSize[donor]--;
                        System.arraycopy(values, 0, next, j * d, d);
                        relocated[j] = true;
                        backend.invalidate(j);
                        repaired(iteration, j, far.sampleRow(), donor, next, j * d);
                    }
                }
            }
        }
        for (int j = 0; j < k; j++) {
            int c = j * d;
            if (relocated[j]) {
                continue;
            }
            if (clusterWeight[j] > 0) {
                for (int m = 0; m < d; m++) {
                    next[c + m] = sums[c + m] / clusterWeight[j];
                }
            } else {
                System.arraycopy(previous, c, next, c, d);
            }
        }
        centroids = next;
        for (int j = 0; j < k; j++) {
            shifts[j] = Math.sqrt(Nearest.distanceSquared(previous, j * d, centroids, j * d, d));
        }
        if (listening) {
            emit(new Updated(restart, iteration, matrix(centroids), shifts));
        }
    }

    private void repaired(int iteration, int cluster, int row, int donor, double[] source, int offset) {
        if (listening) {
            emit(new EmptyClusterRepaired(restart, iteration, cluster, config.emptyClusterPolicy(), row, donor,
                    Arrays.copyOfRange(source, offset, offset + d)));
        }
    }

    private double[][] matrix(double[] flat) {
        double[][] out = new double[k][];
        for (int j = 0; j < k; j++) {
            out[j] = Arrays.copyOfRange(flat, j * d, j * d + d);
        }
        return out;
    }

    private void emit(KMeansEvent event) {
        for (KMeansListener listener : listeners) {
            listener.onEvent(event);
        }
    }
}
