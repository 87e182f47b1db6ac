package io.github.kmeans4j.benchmarks;

/**
 * Smile's k-d tree filtering run from given centroids: the loop of Smile 3's
 * {@code KMeans.fit(BBDTree, data, k, maxIter, tol)} with tol = 0 (which has no public way to
 * start from given centroids), over Smile's public {@code BBDTree}. Shared by the benchmarks
 * that put Smile beside kmeans4j, so that each runs the very same loop.
 */
final class SmileBbd {
    private SmileBbd() {
    }

    /**
     * Builds the tree (timed with the fit, as Smile's own {@code fit} builds it) and iterates
     * until the distortion stops falling or {@code maxIterations} updates were made.
     *
     * @param iterations receives the updates made, in its first element
     */
    static smile.clustering.KMeans fit(double[][] rows, double[][] initial, int maxIterations, int[] iterations) {
        int k = initial.length;
        int d = initial[0].length;
        smile.clustering.BBDTree tree = new smile.clustering.BBDTree(rows);
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = initial[c].clone();
        }
        double[][] sum = new double[k][d];
        int[] size = new int[k];
        int[] y = new int[rows.length];
        double distortion = Double.MAX_VALUE;
        double diff = Double.MAX_VALUE;
        int iter = 0;
        while (iter < maxIterations && diff > 0.0) {
            double wcss = tree.clustering(centroids, sum, size, y);
            iter++;
            diff = distortion - wcss;
            distortion = wcss;
        }
        iterations[0] = iter;
        return new smile.clustering.KMeans(distortion, centroids, y);
    }
}
