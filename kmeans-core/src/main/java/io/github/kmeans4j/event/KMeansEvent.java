package io.github.kmeans4j.event;

/**
 * One observable step of a k-means run. See the package documentation for the order.
 */
public sealed interface KMeansEvent
        permits RunStarted, SeedChosen, Initialized, Assigned, EmptyClusterRepaired, Updated, RunFinished {

    /** {@return the restart this event belongs to, from 0} */
    int restart();

    /**
     * The iteration this event belongs to: 0 for the start, seeding and initialisation, from 1
     * for assignments, repairs and updates; for {@link RunFinished}, the number of completed
     * iterations.
     *
     * @return the iteration number, 0 or more
     */
    int iteration();
}
