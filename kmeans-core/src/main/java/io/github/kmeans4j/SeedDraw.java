package io.github.kmeans4j;

import java.util.Arrays;

/**
 * What a {@link SeedPicker} works with in one restart: read-only access to the rows it seeds
 * from, the fit's seeded generator, and {@link #choose} to set the next seed, which announces it.
 * Randomness must come from {@link #nextDouble()} and {@link #nextInt(int)} only, so that the
 * fit's seed fixes the outcome.
 *
 * <p>The rows are those the fit seeds from: all of a local fit's rows, or the sample a distributed
 * backend keeps (see {@link AssignmentBackend}). Valid only during {@link SeedPicker#pick}.
 */
public final class SeedDraw {
    private final Seeding seeding;
    private final String name;
    private final boolean[] used;
    private boolean open = true;

    SeedDraw(Seeding seeding, String name) {
        this.seeding = seeding;
        this.name = name;
        this.used = new boolean[seeding.n];
    }

    /**
     * The number of seeds to choose.
     *
     * @return k
     */
    public int k() {
        return seeding.k;
    }

    /**
     * The number of rows to choose from.
     *
     * @return n
     */
    public int n() {
        return seeding.n;
    }

    /**
     * The number of columns.
     *
     * @return d
     */
    public int d() {
        return seeding.d;
    }

    /**
     * One value of the data.
     *
     * @param row a row, 0 to n − 1
     * @param column a column, 0 to d − 1
     * @return the value
     * @throws IndexOutOfBoundsException if either is out of range
     */
    public double get(int row, int column) {
        checkRow(row);
        if (column < 0 || column >= seeding.d) {
            throw new IndexOutOfBoundsException("column " + column + " of " + seeding.d);
        }
        return seeding.rows.get(row, column);
    }

    /**
     * A row's sample weight (1 when the data are unweighted). A row of weight 0 cannot be chosen.
     *
     * @param row a row, 0 to n − 1
     * @return its weight
     * @throws IndexOutOfBoundsException if it is out of range
     */
    public double weight(int row) {
        checkRow(row);
        return seeding.weight(row);
    }

    /**
     * The next uniform double in [0, 1) of the fit's generator.
     *
     * @return the draw
     */
    public double nextDouble() {
        checkOpen();
        return seeding.random.nextDouble();
    }

    /**
     * The next uniform int in [0, bound) of the fit's generator.
     *
     * @param bound the exclusive upper bound, positive
     * @return the draw
     * @throws IllegalArgumentException if {@code bound} is not positive
     */
    public int nextInt(int bound) {
        checkOpen();
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return seeding.random.nextInt(bound);
    }

    /**
     * How many seeds have been chosen so far.
     *
     * @return 0 to k
     */
    public int chosen() {
        return seeding.chosen();
    }

    /**
     * The squared Euclidean distance from a row to the nearest seed chosen so far, computed now
     * (O(chosen · d)); +∞ before the first seed.
     *
     * @param row a row, 0 to n − 1
     * @return the squared distance
     * @throws IndexOutOfBoundsException if it is out of range
     */
    public double distanceSquaredToNearestSeed(int row) {
        checkRow(row);
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < seeding.chosen(); j++) {
            best = Math.min(best, seeding.rows.distanceSquared(row, seeding.centroids, j * seeding.d));
        }
        return best;
    }

    /**
     * Whether the fit has been cancelled: a long strategy asks between passes over the data and
     * returns when it is true.
     *
     * @return true once the fit is cancelled
     */
    public boolean cancelled() {
        return seeding.cancelled();
    }

    /**
     * Makes a row the next seed, and announces it as a {@code SeedChosen} event.
     *
     * @param row the row, 0 to n − 1, of positive weight, not chosen before
     * @param probability the probability with which it was drawn, in (0, 1] (1 for a deterministic
     *     choice)
     * @param reason why it was chosen, in a few words (shown in events and pictures)
     * @throws IllegalStateException if k seeds are chosen already, or the picker has returned
     * @throws IllegalArgumentException if the row has weight 0 or was chosen before, the
     *     probability is outside (0, 1], or the reason is null
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public void choose(int row, double probability, String reason) {
        checkOpen();
        checkRow(row);
        if (seeding.chosen() >= seeding.k) {
            throw new IllegalStateException(name + ": all " + seeding.k + " seeds are chosen; row " + row
                    + " would be one more");
        }
        if (seeding.weight(row) == 0) {
            throw new IllegalArgumentException(name + ": row " + row + " has weight 0 and cannot be a seed");
        }
        if (used[row]) {
            throw new IllegalArgumentException(name + ": row " + row + " is a seed already");
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException(name + ": probability must be in (0, 1], was " + probability);
        }
        if (reason == null) {
            throw new IllegalArgumentException(name + ": reason must not be null");
        }
        double distance = distanceSquaredToNearestSeed(row);
        used[row] = true;
        seeding.choosePoint(seeding.chosen(), row, probability, distance, name + ": " + reason);
    }

    /** Ends the draw: after {@link SeedPicker#pick} returns, nothing more may be chosen or drawn. */
    void close() {
        open = false;
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException(name + ": the seed draw is over; keep no reference to it");
        }
    }

    private void checkRow(int row) {
        if (row < 0 || row >= seeding.n) {
            throw new IndexOutOfBoundsException("row " + row + " of " + seeding.n);
        }
    }

    @Override
    public String toString() {
        return "SeedDraw[" + name + ", k=" + seeding.k + ", n=" + seeding.n + ", chosen="
                + Arrays.toString(new int[] {seeding.chosen()}) + "]";
    }
}
