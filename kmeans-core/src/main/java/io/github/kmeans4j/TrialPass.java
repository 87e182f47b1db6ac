package io.github.kmeans4j;

import io.github.kmeans4j.internal.ParallelSlots;
import io.github.kmeans4j.internal.TrialDistances;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * One pass of seeding over every row: each row's squared distance to a few candidates, capped
 * by its distance to the nearest seed ({@link TrialDistances#trials}). The rows are cut into
 * fixed slots of {@value #SLOT_ROWS} rows, run on the seeding's {@link Seeding.Work}; each row's
 * values are computed alone, so they are the same whatever the threads and the slots.
 */
final class TrialPass {
    /** Rows per slot: a multiple of every vector width, small enough to notice a cancellation soon. */
    static final int SLOT_ROWS = 4096;

    private final Seeding s;
    private final TrialDistances trials;
    private final TrialDistances.Rows rows;
    private final int slots;

    TrialPass(Seeding s) {
        this.s = s;
        this.trials = s.work.trials();
        this.rows = s.rows.trialLayout(trials);
        this.slots = (s.n + SLOT_ROWS - 1) / SLOT_ROWS;
        // The copy of the rows, if the loop makes one, is filled on the seeding's threads too;
        // not cancellable, so that a pass never reads a row left unfilled.
        IntConsumer fill = sl -> trials.fill(rows, sl * SLOT_ROWS, Math.min(s.n, (sl + 1) * SLOT_ROWS));
        Seeding.Work work = s.work;
        if (work.executor() == null || work.helpers() == 0 || slots == 1) {
            for (int sl = 0; sl < slots; sl++) {
                fill.accept(sl);
            }
        } else {
            ParallelSlots.run(slots, work.helpers(), work.executor(), () -> fill);
        }
    }

    /**
     * Writes {@code out[t][i] = min(bound[i], ‖x_i − c_t‖²)} for every row and the first
     * {@code count} candidates. Each slot first asks whether the fit was cancelled and, if so,
     * leaves its rows unwritten.
     *
     * @return false when some slot was skipped because the fit was cancelled (out is then incomplete)
     */
    boolean run(double[] candidates, int count, double[] bound, double[][] out) {
        return slots(() -> (from, to) -> trials.trials(rows, candidates, count, bound, out, 0, from, to));
    }

    /**
     * k-means‖'s update for candidates {@code first..first+count−1} (their values row-major in
     * {@code candidates}): for every row, in candidate order, a candidate strictly nearer than
     * {@code closest[i]} becomes the row's nearest ({@code closest[i]} its squared distance,
     * {@code owner[i]} its index), exactly as a loop over the candidates and then the rows would.
     *
     * @return false when some slot was skipped because the fit was cancelled
     */
    boolean nearest(double[] candidates, int count, int first, double[] closest, int[] owner) {
        return slots(() -> {
            double[][] scratch = new double[count][SLOT_ROWS];   // this thread's, reused for its slots
            return (from, to) -> {
                trials.trials(rows, candidates, count, closest, scratch, from, from, to);
                for (int i = from; i < to; i++) {
                    // scratch[t] = min(closest before, distance to t): below the running minimum
                    // exactly when the distance is.
                    double best = closest[i];
                    int who = owner[i];
                    for (int t = 0; t < count; t++) {
                        double v = scratch[t][i - from];
                        if (v < best) {
                            best = v;
                            who = first + t;
                        }
                    }
                    closest[i] = best;
                    owner[i] = who;
                }
            };
        });
    }

    /** The work of one slot: rows {@code [from, to)}. */
    private interface Range {
        void run(int from, int to);
    }

    /** Runs every slot, each thread with its own {@link Range}; false if a slot saw the fit cancelled. */
    private boolean slots(Supplier<Range> workers) {
        AtomicBoolean skipped = new AtomicBoolean();
        Supplier<IntConsumer> slotWorkers = () -> {
            Range range = workers.get();
            return sl -> {
                if (s.cancelled()) {
                    skipped.set(true);
                    return;
                }
                int from = sl * SLOT_ROWS;
                range.run(from, Math.min(s.n, from + SLOT_ROWS));
            };
        };
        Seeding.Work work = s.work;
        if (work.executor() == null || work.helpers() == 0 || slots == 1) {
            IntConsumer slot = slotWorkers.get();
            for (int sl = 0; sl < slots && !skipped.get(); sl++) {
                slot.accept(sl);
            }
        } else {
            ParallelSlots.run(slots, work.helpers(), work.executor(), slotWorkers);
        }
        return !skipped.get();
    }
}
