/**
 * k-means clustering whose every step can be observed: data, configuration, results, and the
 * machinery of a fit.
 *
 * <p><b>Where to start.</b> A {@link io.github.kmeans4j.Dataset} holds the rows;
 * {@link io.github.kmeans4j.KMeans#builder()} configures a fit and
 * {@link io.github.kmeans4j.KMeans#fit(Dataset)} runs it, returning a
 * {@link io.github.kmeans4j.KMeansResult}. A listener from the {@code event} package sees every
 * phase of every iteration.
 *
 * <p><b>How a fit is built</b>, for a reader of the source:
 * <ul>
 *   <li><em>The run skeleton</em>: {@code Run} is one restart — seeding ({@code Seeding}, drawn by
 *       an {@link io.github.kmeans4j.Initializer}), then the loop of assignment and update, stop
 *       rules, empty-cluster repairs, cancellation and every event. {@code KMeans} validates the
 *       input, picks the variant and runs the restarts.</li>
 *   <li><em>The backend</em>: the loop reaches the rows only through an
 *       {@link io.github.kmeans4j.AssignmentBackend} — one assignment pass returning
 *       {@link io.github.kmeans4j.ClusterTotals}, repair candidates, the labels of a sample.
 *       {@code LocalBackend} serves a {@code Dataset} in memory; the {@code kmeans-spark} module
 *       serves partitions on a cluster through {@link io.github.kmeans4j.BlockAssigner}.</li>
 *   <li><em>The passes</em>: {@code AssignmentPass} spreads a pass over threads in fixed slots and
 *       merges them in slot order; its variants {@code LloydPass}, {@code HamerlyPass} and
 *       {@code ElkanPass} (with {@code BoundedPass}'s bounds) only decide labels, so the exact
 *       ones give Lloyd's results bit for bit.</li>
 *   <li><em>The kernels</em>: the package {@code io.github.kmeans4j.internal} (not exported) holds
 *       the distance kernels chosen by {@link io.github.kmeans4j.Kernel}: scalar, portable and
 *       Vector API.</li>
 *   <li><em>Other fits</em>: {@link io.github.kmeans4j.MiniBatchKMeans} for streams and
 *       {@link io.github.kmeans4j.Exact1D} for the optimal one-dimensional clustering.</li>
 *   <li><em>Persistence</em>: {@link io.github.kmeans4j.KMeansResult#save} writes a result and
 *       the {@code recording} package a whole run ({@code Recording}, recorded by a
 *       {@code RunRecorder}, replayed as {@code Frame}s), in one checked binary format: the frame
 *       of both formats lives in {@code io.github.kmeans4j.internal.format} ({@code FormatFiles},
 *       streamed by {@code FormatOutput} and {@code FormatInput}), the result's body in
 *       {@code ResultFormat}, the recording's in {@code recording.RecordingFormat}.</li>
 * </ul>
 */
package io.github.kmeans4j;
