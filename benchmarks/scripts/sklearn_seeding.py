"""Times scikit-learn's kmeans_plusplus (greedy k-means++) on the data sets of BenchmarkData.

Usage: sklearn_seeding.py THREADS DATA_DIR SHAPE [SHAPE ...]

Each SHAPE ("nxdxk") is read from DATA_DIR/SHAPE.f64, written by
io.github.kmeans4j.benchmarks.BenchmarkData (row-major little-endian doubles), so the points are
bit for bit those SeedingBenchmark seeds. kmeans_plusplus(X, k, random_state=42) with its default
2 + floor(ln k) local trials; the row norms it needs are computed inside the call and timed. OpenMP
and BLAS are limited to THREADS threads. One untimed call first, then 5 timed calls (fewer once
60 s have been spent on a shape); prints the times, their median, min and max, in milliseconds.
"""

import os
import sys
import time

THREADS = sys.argv[1]
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = THREADS

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.cluster import kmeans_plusplus  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

RUNS, BUDGET_MS = 5, 60_000.0


def main(threads, data_dir, shapes):
    with threadpool_limits(limits=threads):
        for shape in shapes:
            n, d, k = (int(part) for part in shape.split("x"))
            x = np.fromfile(os.path.join(data_dir, shape + ".f64"), dtype="<f8").reshape(n, d)
            kmeans_plusplus(x, k, random_state=42)  # warm-up
            times = []
            while len(times) < RUNS and sum(times) < BUDGET_MS:
                start = time.perf_counter()
                kmeans_plusplus(x, k, random_state=42)
                times.append((time.perf_counter() - start) * 1e3)
            print("sklearn %s kmeans_plusplus %s threads=%d: median %.1f ms (min %.1f, max %.1f); runs %s"
                  % (sklearn.__version__, shape, threads, float(np.median(times)), min(times), max(times),
                     ", ".join("%.1f" % t for t in times)), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3:])
