package io.github.kmeans4j;

import io.github.kmeans4j.internal.ParallelSlots;
import io.github.kmeans4j.internal.TrialDistances;
import java.util.concurrent.atomic.AtomicBoolean;

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
    }

    /**
     * Writes {@code out[t][i] = min(bound[i], ‖x_i − c_t‖²)} for every row and the first
     * {@code count} candidates. Each slot first asks whether the fit was cancelled and, if so,
     * leaves its rows unwritten.
     *
     * @return false when some slot was skipped because the fit was cancelled (out is then incomplete)
     */
    boolean run(double[] candidates, int count, double[] bound, double[][] out) {
        AtomicBoolean skipped = new AtomicBoolean();
        java.util.function.IntConsumer slot = sl -> {
            if (s.cancelled()) {
                skipped.set(true);
                return;
            }
            int from = sl * SLOT_ROWS;
            trials.trials(rows, candidates, count, bound, out, from, Math.min(s.n, from + SLOT_ROWS));
        };
        Seeding.Work work = s.work;
        if (work.executor() == null || work.helpers() == 0 || slots == 1) {
            for (int sl = 0; sl < slots && !skipped.get(); sl++) {
                slot.accept(sl);
            }
        } else {
            ParallelSlots.run(slots, work.helpers(), work.executor(), () -> slot);
        }
        return !skipped.get();
    }
}
