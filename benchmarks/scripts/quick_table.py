"""Turns the results of benchmarks/quick.sh into a markdown table (standard library only).

Inputs: the JMH JSON files of PeerFitBenchmark (-rf json), the JMH logs (for the
"# PeerFitBenchmark setup:" lines: iterations and inertia of each trial), and optionally the JSON
of scripts/sklearn_fit.py. See benchmarks/README.md for what the columns mean.
"""

import argparse
import datetime
import json
import os
import re
import statistics

SHAPES = ["1000000x1x5", "100000x2x8", "500000x16x64", "200000x64x256", "60000x784x10"]
LIBRARIES = ["KMEANS4J", "SMILE_LLOYD", "SMILE", "ELKI_LLOYD", "ELKI_HAMERLY", "COMMONS_MATH", "TRIBUO"]

NOTES = {
    "KMEANS4J": "first k rows; stops when an update moves no centroid",
    "SMILE_LLOYD": "`KMeans.lloyd`; own k-means++ seeding (timed, fixed seed), other start; stops when distortion stops falling",
    "SMILE": "BBD-tree filtering (`KMeans.fit`'s loop via public `BBDTree`) from first k rows, no k-means++; tree build timed",
    "ELKI_LLOYD": "`FirstK`; `maxiter` 11 = 10 updates; stops when no label changes",
    "ELKI_HAMERLY": "`FirstK`; `maxiter` 11 = 10 updates; stops when no label changes",
    "COMMONS_MATH": "k-means++ steered onto first k rows by an all-zero RNG (its distance work timed); sqrt distances; stops when no label changes",
    "TRIBUO": "own k-means++ seeding (timed, fixed seed), other start; converts examples to vectors each fit; stops when no label changes",
    "SKLEARN": "scikit-learn {version}, Python: first k rows, `algorithm='lloyd'`, 1 thread; fit copies and centres X; median of {runs} fits",
}

SETUP_LINE = re.compile(r"PeerFitBenchmark setup: library=(\S+) shape=(\S+) iterations=(\d+) inertia=(\S+)")


def fmt_ms(value):
    if value >= 100:
        return "%.0f" % value
    if value >= 10:
        return "%.1f" % value
    return "%.2f" % value


def fmt_ratio(value):
    return "%.2f" % value if value < 10 else "%.1f" % value


def flatten(raw):
    return [score for fork in raw for score in fork]


def read_jmh(json_paths, log_paths):
    cells = {}
    for path in json_paths:
        with open(path) as f:
            for entry in json.load(f):
                if not entry["benchmark"].endswith("PeerFitBenchmark.fit"):
                    continue
                key = (entry["params"]["shape"], entry["params"]["library"])
                fits = flatten(entry["primaryMetric"]["rawData"])
                per_iteration = flatten(entry["secondaryMetrics"]["iteration"]["rawData"])
                cells[key] = {"fits": fits, "per_iteration": per_iteration}
    for path in log_paths:
        with open(path, errors="replace") as f:
            for match in SETUP_LINE.finditer(f.read()):
                library, shape, iterations, inertia = match.groups()
                cell = cells.setdefault((shape, library), {})
                cell["iterations"] = int(iterations)
                cell["inertia"] = float(inertia)
    return cells


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
    parser.add_argument("--sklearn-json")
    parser.add_argument("--sklearn-missing", help="why there are no scikit-learn rows")
    parser.add_argument("--skipped", action="append", default=[], help="LIBRARY@SHAPE not run on purpose")
    parser.add_argument("--java-version-file", required=True)
    parser.add_argument("--settings", required=True, help="JMH settings, as text")
    parser.add_argument("--runtime-seconds", type=float)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    cells = read_jmh(args.jmh_json, args.jmh_log)
    skipped = {tuple(reversed(s.split("@", 1))) for s in args.skipped}
    sklearn = None
    if args.sklearn_json:
        with open(args.sklearn_json) as f:
            sklearn = json.load(f)

    with open(args.java_version_file) as f:
        java_version = " / ".join(line.strip() for line in f if line.strip())

    lines = []
    lines.append("Date: %s  " % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    lines.append("JDK: %s  " % java_version)
    lines.append("CPU: %s, %d cores  " % (cpu_model(), len(os.sched_getaffinity(0))))
    lines.append("JMH: %s  " % args.settings)
    if sklearn:
        lines.append("Python %s, scikit-learn %s, numpy %s  " % (sklearn["python"], sklearn["sklearn"], sklearn["numpy"]))
    if args.runtime_seconds is not None:
        lines.append("quick.sh total runtime: %.0f s  " % args.runtime_seconds)
    lines.append("")
    lines.append("Every row is one library on one shape (n x d x k), single-threaded, at most 10 iterations, same data. "
                 "iters: iterations (centroid updates) one fit did. ms/iter: median time per fit / iters, with the "
                 "min–max over the measurement iterations. × kmeans4j: median of the row / median of KMEANS4J on the "
                 "same shape in this run (above 1 = slower than kmeans4j), per iteration and per whole fit. "
                 "inertia: sum of squared distances to the nearest returned centroid, to check that fits agree.")
    lines.append("")
    lines.append("| shape | library | iters | ms/iter (median) | ms/iter min–max | ms/fit (median) "
                 "| × kmeans4j per iter | × kmeans4j per fit | inertia | note |")
    lines.append("|---|---|--:|--:|--:|--:|--:|--:|--:|---|")

    sklearn_by_shape = {r["shape"]: r for r in sklearn["results"]} if sklearn else {}
    for shape in SHAPES:
        ours = cells.get((shape, "KMEANS4J"), {})
        ours_iter = statistics.median(ours["per_iteration"]) if ours.get("per_iteration") else None
        ours_fit = statistics.median(ours["fits"]) if ours.get("fits") else None
        rows = []
        for library in LIBRARIES:
            cell = cells.get((shape, library))
            if (shape, library) in skipped:
                rows.append((library, None, "not run: over a minute alone in a quick pass"))
            elif not cell or not cell.get("fits"):
                rows.append((library, None, "no result (failed or not run)"))
            else:
                iterations = cell.get("iterations")
                fits = cell["fits"]
                per_iteration = cell["per_iteration"]
                if iterations is not None and abs(statistics.median(fits) / statistics.median(per_iteration)
                                                  - iterations) > 0.01:
                    raise SystemExit("iteration count of %s %s does not match JMH's secondary result"
                                     % (library, shape))
                rows.append((library, (iterations, per_iteration, fits, cell.get("inertia")), NOTES[library]))
        if shape in sklearn_by_shape:
            r = sklearn_by_shape[shape]
            fits = [1000.0 * t for t in r["fit_seconds"]]
            per_iteration = [t / r["iterations"] for t in fits]
            rows.append(("SKLEARN", (r["iterations"], per_iteration, fits, r["inertia"]),
                         NOTES["SKLEARN"].format(version=sklearn["sklearn"], runs=len(fits))))
        for library, data, note in rows:
            if data is None:
                lines.append("| %s | %s | | | | | | | | %s |" % (shape, library, note))
                continue
            iterations, per_iteration, fits, inertia = data
            median_iter = statistics.median(per_iteration)
            median_fit = statistics.median(fits)
            lines.append("| %s | %s | %s | %s | %s–%s | %s | %s | %s | %s | %s |" % (
                shape, library, "" if iterations is None else iterations, fmt_ms(median_iter),
                fmt_ms(min(per_iteration)), fmt_ms(max(per_iteration)), fmt_ms(median_fit),
                fmt_ratio(median_iter / ours_iter) if ours_iter else "",
                fmt_ratio(median_fit / ours_fit) if ours_fit else "",
                "" if inertia is None else "%.6e" % inertia, note))
    if not sklearn:
        lines.append("")
        lines.append("scikit-learn: not timed (%s)." % (args.sklearn_missing or "no results"))
    text = "\n".join(lines) + "\n"
    with open(args.out, "w") as out:
        out.write(text)
    print(text, end="")


if __name__ == "__main__":
    main()
