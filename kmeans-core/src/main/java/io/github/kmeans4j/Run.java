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

/**
 * One restart of a fit: the mutable state of Lloyd's iteration, its buffers allocated once, and
 * the events it emits. The assignment step is delegated to the fit's {@link AssignmentPass}
 * (Lloyd, Hamerly or Elkan), so every variant shares this skeleton: events, stop rules,
 * empty-cluster repairs, cancellation and restarts. The configuration ({@link KMeans}) is shared and never changed.
 */
final class Run {
    private final KMeans config;
    private final Dataset data;
    private final long seed;
    private final int restart;
    private final CancellationToken cancellation;
    private final List<KMeansListener> listeners;
    private final boolean listening;

    private final Rows rows;
    private final double[] w;          // null: unweighted
    private final int n;
    private final int d;
    private final int k;

    private double[] centroids;        // k * d
    private double[] previous;         // k * d, centroids before the update; swapped with centroids
    private final AssignmentPass pass;
    private final AssignmentPass.Totals totals;   // sums, weights and sizes of the latest pass
    private final int[] labels;
    private final double[] nearestDistance;   // squared distance of each row to its centroid
    private final double[] shifts;
    private final boolean[] relocated;        // per cluster, in the current update
    private double inertia;
    private final List<PassStatistics.Pass> passCounts = new ArrayList<>();

    Run(KMeans config, Dataset data, long seed, int restart, CancellationToken cancellation, AssignmentPass pass) {
        this.config = config;
        this.data = data;
        this.seed = seed;
        this.restart = restart;
        this.cancellation = cancellation;
        this.listeners = config.listeners();
        this.listening = !listeners.isEmpty();
        this.rows = pass.rows();
        this.w = data.weightsOrNull();
        this.n = data.n();
        this.d = data.d();
        this.k = config.k();
        this.previous = new double[k * d];
        this.pass = pass;
        this.totals = new AssignmentPass.Totals(k, d);
        this.labels = new int[n];
        this.nearestDistance = new double[n];
        this.shifts = new double[k];
        this.relocated = new boolean[k];
    }

    static boolean isCancelled(CancellationToken token) {
        return (token != null && token.isCancelled()) || Thread.currentThread().isInterrupted();
    }

    KMeansResult run() {
        pass.restart();
        if (listening) {
            emit(new RunStarted(restart, config.restarts(), data, k, seed, config.initializer().toString(),
                    config.emptyClusterPolicy(), config.maxIterations(), config.tolerance()));
        }
        Seeding seeding = new Seeding(rows, w, n, d, k, SplitMix64.forRestart(seed, restart), listening
                ? (j, row, centroid, p, dist, reason) -> emit(new SeedChosen(restart, j, row, centroid, p, dist, reason))
                : null, () -> isCancelled(cancellation));
        // A cancelled seeding stops early and fills its missing seeds; the loop below then ends at once.
        config.initializer().seed(seeding);
        centroids = seeding.centroids;
        if (listening) {
            emit(new Initialized(restart, matrix(centroids)));
        }

        Arrays.fill(labels, -1);
        int completed = 0;
        boolean labelsCurrent = false;
        double previousInertia = Double.POSITIVE_INFINITY;
        StopReason reason;
        while (true) {
            if (isCancelled(cancellation)) {
                reason = StopReason.CANCELLED;
                break;
            }
            int iteration = completed + 1;
            int moved = assign(iteration);
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
            assign(completed + 1);
        }
        if (pass.defersDistances()) {
            inertia = pass.settle(labels, nearestDistance);
        }
        KMeansResult result = new KMeansResult(k, d, centroids.clone(), labels.clone(), totals.size.clone(),
                inertia, completed, reason, seed, restart,
                List.of(new KMeansResult.RestartSummary(restart, inertia, completed, reason)),
                reason == StopReason.CANCELLED, data.columnNames())
                .withPassStatistics(new PassStatistics(pass.algorithm(), passCounts));
        if (listening) {
            emit(new RunFinished(restart, completed, reason, result));
        }
        return result;
    }

    private boolean customRuleStops(int iteration, double previousInertia, int moved, double maxShift) {
        List<StoppingRule> rules = config.stoppingRules();
        if (rules.isEmpty()) {
            return false;
        }
        StoppingRule.Progress progress =
                new StoppingRule.Progress(restart, iteration, inertia, previousInertia, moved, maxShift);
        for (StoppingRule rule : rules) {
            if (rule.shouldStop(progress)) {
                return true;
            }
        }
        return false;
    }

    /** Labels every row with its nearest centroid; returns how many labels changed. */
    private int assign(int iteration) {
        pass.run(centroids, labels, nearestDistance, totals);
        inertia = totals.inertia;
        passCounts.add(new PassStatistics.Pass(iteration, totals.computed, (long) n * k - totals.computed,
                totals.betweenCentroids));
        if (listening) {
            emit(new Assigned(restart, iteration, labels, inertia, totals.moved, totals.size));
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
        int[] positiveSize = totals.positive;
        Arrays.fill(relocated, false);
        boolean[] taken = null;   // rows already moved; only needed once a cluster empties
        if (config.emptyClusterPolicy() == EmptyClusterPolicy.FARTHEST_POINT && pass.defersDistances()) {
            for (int j = 0; j < k; j++) {
                if (!(clusterWeight[j] > 0)) {
                    inertia = pass.settle(labels, nearestDistance);   // the repair reads every distance
                    break;
                }
            }
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
                    if (taken == null) {
                        taken = new boolean[n];
                    }
                    int far = farthestCandidate(taken);
                    if (far < 0) {
                        repaired(iteration, j, -1, -1, previous, j * d);
                    } else {
                        taken[far] = true;
                        int donor = labels[far];
                        double weight = w == null ? 1.0 : w[far];
                        rows.addWeighted(far, -weight, sums, donor * d);
                        clusterWeight[donor] -= weight;
                        positiveSize[donor]--;
                        rows.copyRow(far, next, j * d);
                        relocated[j] = true;
                        pass.invalidate(j);
                        repaired(iteration, j, far, donor, next, j * d);
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

    /**
     * The row farthest from its own centroid among those that may leave: positive weight, positive
     * distance, not taken yet, and a cluster that keeps another row of positive weight. Ties to the
     * lowest row; −1 when there is none.
     */
    private int farthestCandidate(boolean[] taken) {
        int far = -1;
        for (int i = 0; i < n; i++) {
            if (taken[i] || nearestDistance[i] <= 0 || (w != null && w[i] == 0) || totals.positive[labels[i]] < 2) {
                continue;
            }
            if (far < 0 || nearestDistance[i] > nearestDistance[far]) {
                far = i;
            }
        }
        return far;
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
