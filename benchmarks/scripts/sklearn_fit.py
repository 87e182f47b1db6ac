"""Times scikit-learn's KMeans on the data sets of BenchmarkData, for benchmarks/quick.sh.

Usage: sklearn_fit.py OUT.json DATA_DIR SHAPE [SHAPE ...]

Each SHAPE ("nxdxk") is read from DATA_DIR/SHAPE.f64, written by
io.github.kmeans4j.benchmarks.BenchmarkData (row-major little-endian doubles), so the points are
bit for bit those the JVM benchmarks cluster. The fit mirrors PeerFitBenchmark: initial centroids
= the first k rows, n_init=1, max_iter=10, tol=0, algorithm="lloyd", on one thread. One untimed
fit first (warm-up; it also gives n_iter_ and inertia_), then timed fits: at least 3, at most 5,
and no more once 20 s have been spent on the shape.
"""

import json
import os
import sys
import time

# One thread: OpenMP (sklearn's Cython loops) and BLAS, set before numpy is imported.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402

try:
    from threadpoolctl import threadpool_limits
except ImportError:  # sklearn depends on it, but do not fail without it
    threadpool_limits = None

MIN_RUNS, MAX_RUNS, BUDGET_S = 3, 5, 20.0


def fit(x, init):
    model = KMeans(n_clusters=init.shape[0], init=init, n_init=1, max_iter=10, tol=0.0, algorithm="lloyd")
    model.fit(x)
    return model


def main(out_path, data_dir, shapes):
    limits = threadpool_limits(limits=1) if threadpool_limits else None
    results = []
    for shape in shapes:
        n, d, k = (int(part) for part in shape.split("x"))
        x = np.fromfile(os.path.join(data_dir, shape + ".f64"), dtype="<f8").reshape(n, d)
        init = x[:k].copy()
        model = fit(x, init)  # warm-up
        times = []
        while len(times) < MAX_RUNS and (len(times) < MIN_RUNS or sum(times) < BUDGET_S):
            start = time.perf_counter()
            fit(x, init)
            times.append(time.perf_counter() - start)
        results.append({
            "shape": shape,
            "iterations": int(model.n_iter_),
            "inertia": float(model.inertia_),
            "fit_seconds": times,
        })
        print("sklearn %s: n_iter=%d, fits %s s" % (shape, model.n_iter_, ", ".join("%.3f" % t for t in times)),
              flush=True)
    info = {
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "threadpoolctl": threadpool_limits is not None,
        "results": results,
    }
    if limits is not None:
        limits.restore_original_limits()
    with open(out_path, "w") as out:
        json.dump(info, out, indent=1)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
