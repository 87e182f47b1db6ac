package io.github.kmeans4j;

import io.github.kmeans4j.internal.DistanceKernel;
import io.github.kmeans4j.internal.Nearest;
import io.github.kmeans4j.internal.ScalarKernel;
import io.github.kmeans4j.internal.format.FormatFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a fit: k centroids in d dimensions, the label of every point, and how the run
 * went. Immutable and thread-safe; every array returned is a copy.
 *
 * <p>The labels are always the nearest centroid of each point among the returned centroids
 * (ties to the lowest index), and {@link #inertia()} is the weighted sum of squared distances of
 * that assignment: when a run stops right after an update step, a final assignment makes them
 * consistent. A fitted result is also a model: {@link #predict(double[])} and
 * {@link #transform(double[])} apply it to new points, and {@link #save(Path)} /
 * {@link #load(Path)} store it (format in {@code FORMAT.md}).
 */
public final class KMeansResult {

    /**
     * What one restart of the fit reached.
     *
     * @param restart the restart index
     * @param inertia its final inertia
     * @param iterations its completed iterations
     * @param stopReason why it stopped
     */
    public record RestartSummary(int restart, double inertia, int iterations, StopReason stopReason) {
        /**
         * Validates the components.
         *
         * @param restart the restart index
         * @param inertia its final inertia
         * @param iterations its completed iterations
         * @param stopReason why it stopped
         * @throws IllegalArgumentException if {@code stopReason} is null
         */
        public RestartSummary {
            if (stopReason == null) {
                throw new IllegalArgumentException("stopReason must not be null");
            }
        }
    }

    private final int k;
    private final int d;
    private final double[] centroids;   // k * d, row-major
    private final int[] labels;
    private final int[] clusterSizes;
    private final double inertia;
    private final int iterations;
    private final StopReason stopReason;
    private final long seed;
    private final int restart;
    private final List<RestartSummary> restartSummaries;
    private final boolean cancelled;
    private final List<String> columnNames;
    private final PassStatistics passStatistics;   // null: not known (a loaded result)

    /** Takes ownership of the arrays: callers pass arrays nobody else holds. */
    KMeansResult(int k, int d, double[] centroids, int[] labels, int[] clusterSizes, double inertia,
                 int iterations, StopReason stopReason, long seed, int restart,
                 List<RestartSummary> restartSummaries, boolean cancelled, List<String> columnNames) {
        this.k = k;
        this.d = d;
        this.centroids = centroids;
        this.labels = labels;
        this.clusterSizes = clusterSizes;
        this.inertia = inertia;
        this.iterations = iterations;
        this.stopReason = stopReason;
        this.seed = seed;
        this.restart = restart;
        this.restartSummaries = List.copyOf(restartSummaries);
        this.cancelled = cancelled;
        this.columnNames = List.copyOf(columnNames);
        this.passStatistics = null;
    }

    private KMeansResult(KMeansResult r, List<RestartSummary> summaries, boolean cancelled,
                         PassStatistics passStatistics) {
        this.k = r.k;
        this.d = r.d;
        this.centroids = r.centroids;
        this.labels = r.labels;
        this.clusterSizes = r.clusterSizes;
        this.inertia = r.inertia;
        this.iterations = r.iterations;
        this.stopReason = r.stopReason;
        this.seed = r.seed;
        this.restart = r.restart;
        this.restartSummaries = List.copyOf(summaries);
        this.cancelled = cancelled;
        this.columnNames = r.columnNames;
        this.passStatistics = passStatistics;
    }

    /** This result as the outcome of a whole fit: chosen from {@code summaries}, perhaps cancelled. */
    KMeansResult asFitResult(List<RestartSummary> summaries, boolean fitCancelled) {
        return new KMeansResult(this, summaries, fitCancelled, passStatistics);
    }

    /** This result with the statistics of the run that made it. */
    KMeansResult withPassStatistics(PassStatistics statistics) {
        return new KMeansResult(this, restartSummaries, cancelled, statistics);
    }

    /** {@return the number of clusters} */
    public int k() {
        return k;
    }

    /** {@return the number of dimensions} */
    public int d() {
        return d;
    }

    /** {@return the number of points that were clustered} */
    public int n() {
        return labels.length;
    }

    /** {@return a copy of the centroids, k rows of d values} */
    public double[][] centroids() {
        double[][] out = new double[k][];
        for (int j = 0; j < k; j++) {
            out[j] = Arrays.copyOfRange(centroids, j * d, j * d + d);
        }
        return out;
    }

    /**
     * A copy of one centroid.
     *
     * @param cluster the cluster index, in [0, k)
     * @return a copy of the centroid's d coordinates
     * @throws IllegalArgumentException if {@code cluster} is out of range
     */
    public double[] centroid(int cluster) {
        if (cluster < 0 || cluster >= k) {
            throw new IllegalArgumentException("cluster " + cluster + " is out of range [0, " + k + ")");
        }
        return Arrays.copyOfRange(centroids, cluster * d, cluster * d + d);
    }

    /** {@return a copy of the label of every point that was clustered, each in [0, k)} */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * The label of one point that was clustered.
     *
     * @param row the point's row in the data, in [0, n)
     * @return the cluster the point was assigned to, in [0, k)
     * @throws IllegalArgumentException if {@code row} is out of range
     */
    public int label(int row) {
        if (row < 0 || row >= labels.length) {
            throw new IllegalArgumentException("row " + row + " is out of range [0, " + labels.length + ")");
        }
        return labels[row];
    }

    /** {@return a copy of how many points each cluster holds; a size may be 0 (see {@link EmptyClusterPolicy})} */
    public int[] clusterSizes() {
        return clusterSizes.clone();
    }

    /** {@return the weighted sum of squared Euclidean distances from each point to its centroid} */
    public double inertia() {
        return inertia;
    }

    /**
     * How many iterations the chosen restart ran, counted as scikit-learn's {@code n_iter_}: an
     * iteration is an assignment followed by an update; the iteration whose assignment changed no
     * label counts, although its update is skipped as it would change nothing; the final
     * assignment that relabels the points after a last update does not.
     *
     * @return the number of completed iterations of the chosen restart
     */
    public int iterations() {
        return iterations;
    }

    /** {@return why the chosen restart stopped} */
    public StopReason stopReason() {
        return stopReason;
    }

    /** {@return the seed the fit used: the configured one, or the one drawn when none was configured} */
    public long seed() {
        return seed;
    }

    /** {@return the index of the restart whose result this is} */
    public int restart() {
        return restart;
    }

    /** {@return one summary per restart that ran, in order (an unmodifiable list)} */
    public List<RestartSummary> restartSummaries() {
        return restartSummaries;
    }

    /** {@return whether the fit was cancelled (this run or a later restart did not run to its end)} */
    public boolean cancelled() {
        return cancelled;
    }

    /** {@return the column names of the data, or an empty list} */
    public List<String> columnNames() {
        return columnNames;
    }

    /**
     * The distance computations done and skipped in each assignment pass of the run that made
     * this result, and the {@link Algorithm} that ran. Empty for a result read by {@link #load}:
     * the statistics describe the work of a fit, are not saved, and take no part in
     * {@link #equals(Object)}.
     *
     * @return the statistics of the fit, or empty for a loaded result
     */
    public Optional<PassStatistics> passStatistics() {
        return Optional.ofNullable(passStatistics);
    }

    /**
     * The cluster whose centroid is nearest to {@code point} (ties to the lowest index). O(k·d).
     *
     * @param point a point of d coordinates; not modified
     * @return the index of the nearest centroid, in [0, k)
     * @throws IllegalArgumentException if the point is null, has the wrong dimension or a non-finite value
     */
    public int predict(double[] point) {
        checkPoint(point, "point");
        return Nearest.nearest(point, 0, centroids, k, d);
    }

    /**
     * The nearest cluster of every point of {@code data}. O(n·k·d).
     *
     * @param data the points to label, of dimension {@link #d()}
     * @return one cluster index per row of {@code data}, each in [0, k)
     * @throws IllegalArgumentException if the data is null or its dimension is not {@link #d()}
     */
    public int[] predict(Dataset data) {
        checkData(data);
        DistanceKernel kernel = ScalarKernel.INSTANCE;
        DistanceKernel.Points points = Rows.of(data).layout(kernel);
        int[] out = new int[data.n()];
        kernel.nearest(points, kernel.centroids(points, centroids, k), 0, out.length, out);
        return out;
    }

    /**
     * The Euclidean distance from {@code point} to every centroid. O(k·d).
     *
     * @param point a point of d coordinates; not modified
     * @return k distances, the one to centroid j at index j
     * @throws IllegalArgumentException if the point is null, has the wrong dimension or a non-finite value
     */
    public double[] transform(double[] point) {
        checkPoint(point, "point");
        double[] out = new double[k];
        for (int j = 0; j < k; j++) {
            out[j] = Math.sqrt(Nearest.distanceSquared(point, 0, centroids, j * d, d));
        }
        return out;
    }

    /**
     * The Euclidean distance from every point of {@code data} to every centroid: n rows of k values.
     *
     * @param data the points to measure, of dimension {@link #d()}
     * @return for each row of {@code data}, its k distances, the one to centroid j at index j
     * @throws IllegalArgumentException if the data is null or its dimension is not {@link #d()}
     */
    public double[][] transform(Dataset data) {
        checkData(data);
        Rows rows = Rows.of(data);
        double[][] out = new double[data.n()][k];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < k; j++) {
                out[i][j] = Math.sqrt(rows.distanceSquared(i, centroids, j * d));
            }
        }
        return out;
    }

    private void checkPoint(double[] point, String what) {
        if (point == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (point.length != d) {
            throw new IllegalArgumentException(what + " has " + point.length + " dimensions but the model has " + d);
        }
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(point[j])) {
                throw new IllegalArgumentException(what + " has value " + point[j] + " in column " + j
                        + "; every value must be finite");
            }
        }
    }

    private void checkData(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (data.d() != d) {
            throw new IllegalArgumentException("data has " + data.d() + " dimensions but the model has " + d);
        }
    }

    /**
     * Writes this result in the kmeans4j result format (see {@code FORMAT.md}).
     *
     * @param out the stream to write to; it is not closed
     * @throws IOException if writing to the stream fails
     */
    public void save(OutputStream out) throws IOException {
        ResultFormat.writeResult(this, out);
    }

    /**
     * Writes this result to a file in the kmeans4j result format, replacing the file.
     *
     * @param file the file to create or replace
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        FormatFiles.writeFile(file, out -> ResultFormat.writeResult(this, out));
    }

    /**
     * Reads a result written by {@link #save(OutputStream)}, reading the stream to its end.
     *
     * @param in the stream to read; it is not closed
     * @return the result that was saved
     * @throws IOException if reading the stream fails
     * @throws KMeansFormatException if the content is not a complete, intact result of a supported version
     */
    public static KMeansResult load(InputStream in) throws IOException {
        return ResultFormat.readResult(in);
    }

    /**
     * Reads a result file written by {@link #save(Path)}.
     *
     * @param file the file to read
     * @return the result that was saved
     * @throws IOException if the file cannot be read
     * @throws KMeansFormatException if the content is not a complete, intact result of a supported version
     */
    public static KMeansResult load(Path file) throws IOException {
        return FormatFiles.readFile(file, ResultFormat::readResult);
    }

    // Raw views for this package's codec: never modified.
    double[] centroidsFlat() {
        return centroids;
    }

    int[] labelsShared() {
        return labels;
    }

    int[] clusterSizesShared() {
        return clusterSizes;
    }

    /**
     * Equal when every field is equal (doubles compared bit for bit), {@link #passStatistics()}
     * excepted: it describes how the result was computed, not the result.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof KMeansResult r && k == r.k && d == r.d && Arrays.equals(centroids, r.centroids)
                && Arrays.equals(labels, r.labels) && Arrays.equals(clusterSizes, r.clusterSizes)
                && Double.compare(inertia, r.inertia) == 0 && iterations == r.iterations
                && stopReason == r.stopReason && seed == r.seed && restart == r.restart
                && restartSummaries.equals(r.restartSummaries) && cancelled == r.cancelled
                && columnNames.equals(r.columnNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(k, d, Arrays.hashCode(centroids), Arrays.hashCode(labels), inertia, iterations,
                stopReason, seed, restart);
    }

    @Override
    public String toString() {
        return "KMeansResult[k=" + k + ", d=" + d + ", n=" + labels.length + ", inertia=" + inertia
                + ", iterations=" + iterations + ", stopReason=" + stopReason + ", seed=" + seed
                + ", sizes=" + Arrays.toString(clusterSizes) + "]";
    }
}
