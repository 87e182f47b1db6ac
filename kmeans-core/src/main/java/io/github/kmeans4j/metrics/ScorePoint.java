package io.github.kmeans4j.metrics;

/**
 * One value of a score series: the score of the assignment of one iteration.
 *
 * @param iteration the iteration of the {@code Assigned} event scored, from 1
 * @param value the score
 */
public record ScorePoint(int iteration, double value) {
}
