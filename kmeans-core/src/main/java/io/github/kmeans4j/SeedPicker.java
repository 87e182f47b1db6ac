package io.github.kmeans4j;

/**
 * A seeding strategy written by the user: it chooses the k initial centroids of a run through a
 * {@link SeedDraw}, which lets it read the data, draw from the fit's own seeded generator (so a
 * seed fixes the outcome, as for the built-in strategies) and choose rows, each choice announced
 * as a {@link io.github.kmeans4j.event.SeedChosen} event. Wrap it with
 * {@link Initializer#custom(String, SeedPicker)}.
 *
 * <pre>{@code
 * // the k rows of largest weight, heaviest first
 * Initializer heaviest = Initializer.custom("heaviest rows", draw -> {
 *     Integer[] order = new Integer[draw.n()];
 *     for (int i = 0; i < order.length; i++) order[i] = i;
 *     Arrays.sort(order, (a, b) -> Double.compare(draw.weight(b), draw.weight(a)));
 *     for (int j = 0; j < draw.k(); j++) draw.choose(order[j], 1.0, "row of weight " + draw.weight(order[j]));
 * });
 * }</pre>
 */
@FunctionalInterface
public interface SeedPicker {
    /**
     * Chooses exactly {@link SeedDraw#k()} seeds with {@link SeedDraw#choose}, in order. It may
     * return early once {@link SeedDraw#cancelled()} answers true; the run then fills the rest.
     *
     * @param draw the data, the generator and the way to choose
     */
    void pick(SeedDraw draw);
}
