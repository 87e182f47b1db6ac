"""Turns the results of benchmarks/compare.sh into markdown tables (standard library only).

Inputs: JMH JSON files and logs of CompareBenchmark (the logs hold the "# CompareBenchmark setup:"
lines: iterations and inertia of each trial), the JSON files of scripts/compare_peers.py (one per
thread count), and optionally the JMH JSON of SeedingBenchmark. See benchmarks/README.md.
"""

import argparse
import datetime
import json
import os
import re
import statistics

SETUP_LINE = re.compile(r"CompareBenchmark setup: library=(\S+) shape=(\S+) threads=(\d+) iterations=(\d+) "
                        r"inertia=(\S+) note=(\S+)")
PEERS = ["SKLEARN", "FAISS", "ELKI_ELKAN", "ELKI_HAMERLY", "SMILE_BBD"]
SEQUENTIAL = {"ELKI_ELKAN", "ELKI_HAMERLY", "SMILE_BBD"}
NAMES = {
    "SKLEARN": "scikit-learn Lloyd (float64)",
    "FAISS": "FAISS Clustering (float32)",
    "ELKI_ELKAN": "ELKI Elkan (sequential)",
    "ELKI_HAMERLY": "ELKI Hamerly (sequential)",
    "SMILE_BBD": "Smile BBD tree (sequential)",
}


def name(library):
    if library in NAMES:
        return NAMES[library]
    kind, _, algorithm = library.partition(":")
    return "kmeans4j %s%s" % (algorithm, " float" if kind == "KMEANS4J_FLOAT" else "")


def fmt(value):
    if value >= 100:
        return "%.0f" % value
    if value >= 10:
        return "%.1f" % value
    return "%.2f" % value


def flatten(raw):
    return [score for fork in raw for score in fork]


def read(args):
    """cells[(shape, library, threads)] = {per_iter_ms: [...], iterations, inertia, note}."""
    cells = {}
    for path in args.jmh_json:
        if not os.path.exists(path):
            continue
        with open(path) as f:
            for entry in json.load(f):
                if not entry["benchmark"].endswith("CompareBenchmark.fit"):
                    continue
                p = entry["params"]
                key = (p["shape"], p["library"], int(p["threads"]))
                cell = cells.setdefault(key, {})
                cell["per_iter_ms"] = flatten(entry["secondaryMetrics"]["iteration"]["rawData"])
    for path in args.jmh_log:
        if not os.path.exists(path):
            continue
        with open(path, errors="replace") as f:
            for m in SETUP_LINE.finditer(f.read()):
                library, shape, threads, iterations, inertia, note = m.groups()
                cell = cells.setdefault((shape, library, int(threads)), {})
                cell.update(iterations=int(iterations), inertia=float(inertia), note="" if note == "-" else note)
    python = []
    for path in args.peers_json:
        if not os.path.exists(path):
            continue
        with open(path) as f:
            info = json.load(f)
        python.append(info)
        for r in info["results"]:
            iterations = r["iterations"]
            cells[(r["shape"], r["library"], info["threads"])] = {
                "per_iter_ms": [t * 1e3 / iterations for t in r["fit_seconds"]],
                "iterations": iterations, "inertia": r["inertia"], "note": ""}
    return cells, python


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jmh-json", action="append", default=[])
    parser.add_argument("--jmh-log", action="append", default=[])
    parser.add_argument("--peers-json", action="append", default=[])
    parser.add_argument("--seeding-json", action="append", default=[])
    parser.add_argument("--shapes", required=True)
    parser.add_argument("--threads", required=True)
    parser.add_argument("--kmeans4j", required=True, help="comma-separated CompareBenchmark libraries of kmeans4j")
    parser.add_argument("--java-version-file")
    parser.add_argument("--settings", default="")
    parser.add_argument("--notes", action="append", default=[])
    parser.add_argument("--runtime-seconds", type=float)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    shapes = args.shapes.split(",")
    threads = [int(t) for t in args.threads.split(",")]
    ours = args.kmeans4j.split(",")
    cells, python = read(args)

    def median(key):
        cell = cells.get(key)
        if not cell or not cell.get("per_iter_ms"):
            return None
        return statistics.median(cell["per_iter_ms"])

    def cell_for(shape, library, t):
        """The measured cell for a thread count; sequential peers take their 1-thread cell."""
        if library in SEQUENTIAL:
            return cells.get((shape, library, 1)), t != 1
        return cells.get((shape, library, t)), False

    out = []
    out.append("Date: %s  " % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    if args.java_version_file and os.path.exists(args.java_version_file):
        with open(args.java_version_file) as f:
            out.append("JDK: %s  " % " / ".join(line.strip() for line in f if line.strip()))
    out.append("CPU: %s, %d cores  " % (cpu_model(), len(os.sched_getaffinity(0))))
    if python:
        p = python[0]
        out.append("Python %s, numpy %s, scikit-learn %s, faiss %s  " % (
            p["python"], p["numpy"], p.get("sklearn", "missing"), p.get("faiss", "missing")))
        for lib, why in sorted({k: v for info in python for k, v in info["missing"].items()}.items()):
            out.append("**%s skipped**: %s  " % (lib, why))
    if args.settings:
        out.append("Settings: %s  " % args.settings)
    for note in args.notes:
        out.append("%s  " % note)
    if args.runtime_seconds is not None:
        out.append("compare.sh total runtime: %.0f s  " % args.runtime_seconds)
    out.append("")

    # Summary: the table.
    out.append("**Summary**, milliseconds per iteration (median; fit time / iterations of the fit), same points, "
               "same initial centroids (first k rows), at most 10 iterations. *kmeans4j best* is the fastest "
               "kmeans4j row (any algorithm, double or float storage); *fastest peer* the fastest of scikit-learn, "
               "FAISS, ELKI and Smile (the sequential ELKI and Smile count with their one-thread time at two "
               "threads). *peer ÷ kmeans4j* above 1: kmeans4j is faster.")
    out.append("")
    out.append("| shape (n×d×k) | threads | kmeans4j Lloyd | kmeans4j best | fastest peer | peer ÷ kmeans4j best "
               "| peer ÷ kmeans4j Lloyd |")
    out.append("|---|--:|--:|---|---|--:|--:|")
    for shape in shapes:
        for t in threads:
            lloyd = median((shape, "KMEANS4J:LLOYD", t))
            best = min(((median((shape, lib, t)), lib) for lib in ours if median((shape, lib, t)) is not None),
                       default=None)
            peer = None
            for lib in PEERS:
                cell, _ = cell_for(shape, lib, t)
                if cell and cell.get("per_iter_ms"):
                    m = statistics.median(cell["per_iter_ms"])
                    if peer is None or m < peer[0]:
                        peer = (m, lib)
            row = "| %s | %d | %s | %s | %s | %s | %s |" % (
                shape, t, fmt(lloyd) if lloyd is not None else "–",
                "%s (%s)" % (fmt(best[0]), name(best[1])) if best else "–",
                "%s (%s)" % (fmt(peer[0]), name(peer[1])) if peer else "–",
                "%.2f" % (peer[0] / best[0]) if peer and best else "–",
                "%.2f" % (peer[0] / lloyd) if peer and lloyd else "–")
            out.append(row)
    out.append("")

    # Full table per shape.
    out.append("**Every cell**: ms per iteration, median (min–max over JMH's measurement iterations, or over "
               "the Python library's timed fits). iters: iterations the fit did (kmeans4j, ELKI, Smile and "
               "scikit-learn stop early on convergence; FAISS always does 10). inertia: sum of squared distances "
               "of the float64 points to the nearest final centroid, computed the same way for every library "
               "(the JVM in its benchmark, numpy for the Python peers); *same* = within 1e-9 of kmeans4j Lloyd's, "
               "otherwise the relative difference from it is shown (float32 rounding gives about 1e-6).")
    out.append("")
    for shape in shapes:
        header = "| %s | iters | inertia | " % shape + " | ".join("%d thread%s" % (t, "s" if t > 1 else "")
                                                                   for t in threads) + " | note |"
        out.append(header)
        out.append("|---|--:|--:|" + "--:|" * len(threads) + "---|")
        reference = None
        for t in threads:
            c = cells.get((shape, "KMEANS4J:LLOYD", t))
            if c and "inertia" in c:
                reference = (c["inertia"], c["iterations"])
                break
        for lib in ours + PEERS:
            iters, inertias, notes, parts = set(), [], [], []
            any_cell = False
            for t in threads:
                cell, borrowed = cell_for(shape, lib, t)
                if cell and cell.get("per_iter_ms"):
                    any_cell = True
                    v = cell["per_iter_ms"]
                    text = "%s (%s–%s)" % (fmt(statistics.median(v)), fmt(min(v)), fmt(max(v)))
                    parts.append("= 1 thread" if borrowed else text)
                else:
                    parts.append("–")
                if cell and "iterations" in cell and not borrowed:
                    iters.add(cell["iterations"])
                    inertias.append(cell["inertia"])
                    if cell.get("note") and cell["note"] not in notes:
                        notes.append(cell["note"])
            if not any_cell and not iters:
                continue
            inertia_text = "–"
            if inertias:
                value = inertias[0]
                inertia_text = "%.6e" % value
                if reference:
                    rel = (value - reference[0]) / abs(reference[0])
                    inertia_text += " same" if abs(rel) <= 1e-9 else " (%+.1e)" % rel
            if len(set("%.9e" % i for i in inertias)) > 1:
                notes.append("inertia differs between thread counts: " + ", ".join("%.9e" % i for i in inertias))
            if reference and iters and iters != {reference[1]}:
                notes.append("iterations differ from kmeans4j Lloyd's %d" % reference[1])
            out.append("| %s | %s | %s | %s | %s |" % (name(lib), "/".join(str(i) for i in sorted(iters)) or "–",
                                                       inertia_text, " | ".join(parts), "; ".join(notes)))
        out.append("")

    # Seeding.
    seeding_files = [f for f in args.seeding_json if os.path.exists(f)]
    if seeding_files:
        seeding = {}
        for path in seeding_files:
            with open(path) as f:
                for entry in json.load(f):
                    p = entry["params"]
                    if p.get("initializer", "GREEDY") != "GREEDY":
                        continue
                    seeding[(p["shape"], "kmeans4j", int(p["threads"]))] = flatten(
                        entry["secondaryMetrics"]["seedingMs"]["rawData"])
        for info in python:
            for s in info.get("seeding", []):
                seeding[(s["shape"], "sklearn", info["threads"])] = [t * 1e3 for t in s["seconds"]]
        out.append("**Seeding**, greedy k-means++ (kmeans4j `SeedingBenchmark`, default initializer) against "
                   "scikit-learn's `kmeans_plusplus(X, k, random_state=42)`, same points: ms, median (min–max).")
        out.append("")
        out.append("| shape | threads | kmeans4j | scikit-learn | scikit-learn ÷ kmeans4j |")
        out.append("|---|--:|--:|--:|--:|")
        for shape in shapes:
            for t in threads:
                a = seeding.get((shape, "kmeans4j", t))
                b = seeding.get((shape, "sklearn", t))

                def show(v):
                    return "%s (%s–%s)" % (fmt(statistics.median(v)), fmt(min(v)), fmt(max(v))) if v else "–"
                ratio = "%.2f" % (statistics.median(b) / statistics.median(a)) if a and b else "–"
                out.append("| %s | %d | %s | %s | %s |" % (shape, t, show(a), show(b), ratio))
        out.append("")

    text = "\n".join(out)
    with open(args.out, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
