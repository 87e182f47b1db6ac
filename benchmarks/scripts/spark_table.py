#!/usr/bin/env python3
"""Turns a SparkFitBenchmark run into the markdown table of benchmarks/README.md.

usage: spark_table.py <JMH JSON result file> <log of the run (stdout)>

Per shape and library: the median time per iteration (fit time / iterations) with the smallest
and largest measurement, the ratio of MLlib's faster solver to kmeans4j (AUTO), and the final
inertias printed by the benchmark's teardown with their relative differences.
"""
import json
import re
import statistics
import sys

LIBS = ["KMEANS4J", "KMEANS4J_PORTABLE", "MLLIB_ROW", "MLLIB_BLOCK"]


def main(json_path, log_path):
    times = {}
    for result in json.load(open(json_path)):
        p = result["params"]
        raw = [x for fork in result["primaryMetric"]["rawData"] for x in fork]
        iters = int(p["iterations"])
        times[(p["shape"], p["library"])] = [x / iters for x in raw]
    inertia = {}
    exact = {}
    pattern = re.compile(r"# SparkFitBenchmark result: library=(\S+) shape=(\S+) iterations=(\d+) "
                         r"inertia=(\S+) exactInertia=(\S+)")
    for line in open(log_path, errors="replace"):
        m = pattern.search(line)
        if m:
            inertia[(m.group(2), m.group(1))] = float(m.group(4))
            exact[(m.group(2), m.group(1))] = float(m.group(5))
    shapes = sorted({s for s, _ in times}, key=lambda s: [int(v) for v in s.split("x")])

    def cell(key):
        if key not in times:
            return "–"
        t = times[key]
        return f"{statistics.median(t):,.0f} ({min(t):,.0f}–{max(t):,.0f})"

    print("| shape (n×d×k) | kmeans4j AUTO | kmeans4j PORTABLE | MLlib row | MLlib block "
          "| MLlib best / kmeans4j AUTO | MLlib best / kmeans4j PORTABLE |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    for s in shapes:
        med = {lib: statistics.median(times[(s, lib)]) for lib in LIBS if (s, lib) in times}
        best = min((med[lib], lib) for lib in ("MLLIB_ROW", "MLLIB_BLOCK") if lib in med)
        ratios = [f"{best[0] / med[lib]:.2f}× ({best[1].split('_')[1].lower()})" if lib in med else "–"
                  for lib in ("KMEANS4J", "KMEANS4J_PORTABLE")]
        print(f"| {s} | " + " | ".join(cell((s, lib)) for lib in LIBS) + " | " + " | ".join(ratios) + " |")
    print()
    print("| shape | library | own final inertia | rel. diff. to MLlib row | exact inertia of its centroids "
          "| rel. diff. to MLlib row |")
    print("|---|---|--:|--:|--:|--:|")
    for s in shapes:
        ref = inertia.get((s, "MLLIB_ROW"))
        ref_exact = exact.get((s, "MLLIB_ROW"))
        for lib in LIBS:
            if (s, lib) not in inertia:
                continue
            own = inertia[(s, lib)]
            ex = exact[(s, lib)]
            d1 = f"{abs(own - ref) / ref:.1e}" if ref else "–"
            d2 = f"{abs(ex - ref_exact) / ref_exact:.1e}" if ref_exact else "–"
            print(f"| {s} | {lib} | {own:.15e} | {d1} | {ex:.15e} | {d2} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
