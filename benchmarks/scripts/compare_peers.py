"""The Python half of benchmarks/compare.sh: scikit-learn and FAISS fits (and scikit-learn's
kmeans_plusplus seeding) on the data sets of BenchmarkData, at a given thread count.

Usage: compare_peers.py --threads T --data DIR --out OUT.json [--peers sklearn,faiss] [--seeding]
                        [--budget SECONDS] SHAPE [SHAPE ...]

Each SHAPE ("nxdxk") is read from DIR/SHAPE.f64 (row-major little-endian doubles written by
io.github.kmeans4j.benchmarks.BenchmarkData), so the points are bit for bit those the JVM fits.
Every fit starts from the first k rows and does at most 10 iterations:
- sklearn: KMeans(n_clusters=k, init=X[:k], n_init=1, max_iter=10, tol=0, algorithm="lloyd"),
  float64, on X as written.
- faiss: faiss.Clustering(d, k) with niter=10, nredo=1, max_points_per_centroid=n (no
  subsampling), its centroids set to X[:k] before train(X, IndexFlatL2(d)); float32 (X is
  converted once, untimed). FAISS always does all niter iterations (no convergence test).
One untimed fit first (it gives the iterations and the final centroids), then timed fits: at least
3, at most 5, no more once --budget seconds have been spent on the cell. Per-iteration time = fit
time / iterations. Inertia: sum over the float64 rows of the squared distance to the nearest final
centroid, computed here the same way for both libraries.

OpenMP and BLAS are limited to T threads (environment set before numpy is imported, threadpoolctl,
faiss.omp_set_num_threads). A missing library is reported in the JSON ("missing") and on stdout,
and its cells are skipped: on Debian, apt-get install python3-sklearn python3-faiss.
"""

import argparse
import json
import os
import sys
import time


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--peers", default="sklearn,faiss")
    parser.add_argument("--seeding", action="store_true", help="also time sklearn.cluster.kmeans_plusplus")
    parser.add_argument("--budget", type=float, default=15.0)
    parser.add_argument("shapes", nargs="+")
    return parser.parse_args()


ARGS = parse_args()
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = str(ARGS.threads)

import numpy as np  # noqa: E402

MIN_RUNS, MAX_RUNS = 3, 5
APT_HINT = "apt-get install python3-sklearn python3-faiss (Debian/Ubuntu; /usr/bin/python3)"


def inertia(x, centroids):
    """Sum of squared distances from every row of x to its nearest centroid, float64, in chunks."""
    c = np.asarray(centroids, dtype=np.float64)
    cc = np.einsum("ij,ij->i", c, c)
    total = 0.0
    for start in range(0, x.shape[0], 65536):
        chunk = x[start:start + 65536]
        d2 = np.einsum("ij,ij->i", chunk, chunk)[:, None] - 2.0 * chunk @ c.T + cc[None, :]
        total += float(np.maximum(d2.min(axis=1), 0.0).sum())
    return total


def timed(run, budget):
    times = []
    while len(times) < MAX_RUNS and (len(times) < MIN_RUNS or sum(times) < budget):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def main():
    peers = [p for p in ARGS.peers.split(",") if p]
    info = {"threads": ARGS.threads, "python": sys.version.split()[0], "numpy": np.__version__,
            "missing": {}, "results": [], "seeding": []}
    threadpool_limits = None
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        pass
    limits = threadpool_limits(limits=ARGS.threads) if threadpool_limits else None

    sklearn_mod = faiss = None
    if "sklearn" in peers or ARGS.seeding:
        try:
            import sklearn as sklearn_mod
            from sklearn.cluster import KMeans, kmeans_plusplus
            info["sklearn"] = sklearn_mod.__version__
        except ImportError as e:
            info["missing"]["sklearn"] = "%s (%s)" % (e, APT_HINT)
            print("compare_peers: scikit-learn skipped, not importable by %s: %s; install: %s"
                  % (sys.executable, e, APT_HINT), flush=True)
    if "faiss" in peers:
        try:
            import faiss
            faiss.omp_set_num_threads(ARGS.threads)
            info["faiss"] = getattr(faiss, "__version__", "?")
        except ImportError as e:
            info["missing"]["faiss"] = "%s (%s)" % (e, APT_HINT)
            print("compare_peers: FAISS skipped, not importable by %s: %s; install: %s"
                  % (sys.executable, e, APT_HINT), flush=True)

    for shape in ARGS.shapes:
        n, d, k = (int(part) for part in shape.split("x"))
        x = np.fromfile(os.path.join(ARGS.data, shape + ".f64"), dtype="<f8").reshape(n, d)
        init = x[:k].copy()

        if "sklearn" in peers and sklearn_mod is not None:
            def sk_fit():
                model = KMeans(n_clusters=k, init=init, n_init=1, max_iter=10, tol=0.0, algorithm="lloyd")
                model.fit(x)
                return model
            model = sk_fit()
            times = timed(sk_fit, ARGS.budget)
            record(info, shape, "SKLEARN", int(model.n_iter_), inertia(x, model.cluster_centers_), times)

        if "faiss" in peers and faiss is not None:
            x32 = np.ascontiguousarray(x, dtype=np.float32)
            init32 = np.ascontiguousarray(x32[:k])

            def fa_fit():
                clus = faiss.Clustering(d, k)
                clus.niter = 10
                clus.nredo = 1
                clus.verbose = False
                clus.seed = 42
                clus.max_points_per_centroid = max(n, 1)   # no subsampling of the rows
                clus.min_points_per_centroid = 1           # no warning for few points per centroid
                faiss.copy_array_to_vector(init32.ravel(), clus.centroids)
                index = faiss.IndexFlatL2(d)
                clus.train(x32, index)
                return clus
            clus = fa_fit()
            iterations = clus.iteration_stats.size()
            centroids = faiss.vector_to_array(clus.centroids).reshape(k, d)
            times = timed(fa_fit, ARGS.budget)
            record(info, shape, "FAISS", int(iterations), inertia(x, centroids), times)

        if ARGS.seeding and sklearn_mod is not None:
            kmeans_plusplus(x, k, random_state=42)  # warm-up
            times = timed(lambda: kmeans_plusplus(x, k, random_state=42), ARGS.budget)
            info["seeding"].append({"shape": shape, "library": "SKLEARN_KMEANS_PLUSPLUS", "seconds": times})
            print("compare_peers %s threads=%d sklearn kmeans_plusplus: %s ms"
                  % (shape, ARGS.threads, ", ".join("%.1f" % (t * 1e3) for t in times)), flush=True)

    if limits is not None:
        limits.restore_original_limits()
    with open(ARGS.out, "w") as out:
        json.dump(info, out, indent=1)


def record(info, shape, library, iterations, inertia_value, times):
    info["results"].append({"shape": shape, "library": library, "iterations": iterations,
                            "inertia": inertia_value, "fit_seconds": times})
    print("compare_peers %s threads=%d %s: iterations=%d inertia=%.9e fits %s s"
          % (shape, ARGS.threads, library, iterations, inertia_value, ", ".join("%.3f" % t for t in times)),
          flush=True)


if __name__ == "__main__":
    main()
