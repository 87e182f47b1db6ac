package io.github.kmeans4j.spark;

import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs the backend's Spark jobs so that they can be cancelled both ways: in the caller's job
 * group when the calling thread has one (so that cancelling that group cancels the fit's jobs),
 * else in a group of its own; and with a watcher that cancels the group as soon as the fit's
 * cancellation token is cancelled, instead of letting a long pass run to its end. A cancelled job
 * surfaces as {@link CancellationException}, which ends the fit with
 * {@link io.github.kmeans4j.StopReason#CANCELLED}. For the closing pass after a cancellation the
 * run skeleton switches the watch off ({@code AssignmentBackend.watchCancellation}), so a token
 * gives the local fit's result; a cancelled job group still stops that pass too.
 */
final class SparkJobs {
    /** How often the watcher asks the token, in milliseconds. */
    private static final long POLL_MILLIS = 50;
    private static final String GROUP = "spark.jobGroup.id";

    private final JavaSparkContext spark;
    private volatile BooleanSupplier cancelled = () -> false;

    SparkJobs(JavaSparkContext spark) {
        this.spark = spark;
    }

    void watch(BooleanSupplier cancelled) {
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Runs {@code job}, which starts Spark jobs on this thread, and returns its result. */
    <T> T run(String what, Supplier<T> job) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the fit was cancelled before " + what);
        }
        String callers = spark.getLocalProperty(GROUP);
        String group = callers != null ? callers : "kmeans4j-" + UUID.randomUUID();
        if (callers == null) {
            spark.setJobGroup(group, "kmeans4j: " + what, true);
        }
        Watcher watcher = new Watcher(group);
        Thread thread = new Thread(watcher, "kmeans4j-spark-cancellation");
        thread.setDaemon(true);
        thread.start();
        try {
            return job.get();
        } catch (Exception e) {   // Spark's Scala code throws the checked SparkException undeclared
            if (watcher.fired || isCancellation(e)) {
                CancellationException c = new CancellationException("Spark cancelled the jobs of " + what
                        + " (job group " + group + ")");
                c.initCause(e);
                throw c;
            }
            throw SparkJobs.<RuntimeException>rethrow(e);
        } finally {
            watcher.done = true;
            thread.interrupt();
            if (callers == null) {
                spark.clearJobGroup();
            }
        }
    }

    /** Rethrows {@code e} as it is, checked or not. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrow(Exception e) throws E {
        throw (E) e;
    }

    private static boolean isCancellation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SparkException && String.valueOf(t.getMessage()).contains("cancelled")) {
                return true;
            }
        }
        return false;
    }

    /** Cancels the group once the token is cancelled, until the job is done. */
    private final class Watcher implements Runnable {
        private final String group;
        volatile boolean done;
        volatile boolean fired;

        Watcher(String group) {
            this.group = group;
        }

        @Override
        public void run() {
            while (!done) {
                if (cancelled.getAsBoolean()) {
                    fired = true;
                    spark.cancelJobGroup(group);
                    return;
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
