"""Speed of the ``canlp`` command as a user runs it: start-up, throughput, memory.

    python benchmarks/bench_cli.py [--n 10000] [--repeat 5] [--throughput-repeat 3] [--workers 1 2]

Times, each as the median of its runs (every run a fresh ``canlp`` process):

- ``canlp --help``;
- ``canlp classify one.txt``: a cold start, loading the pipeline and the models
  for one communiqué;
- ``canlp classify N.jsonl --workers W`` for each W: N communiqués (the bundled
  corpus texts, cycled) to a JSON Lines file; documents per second over the
  whole command, start-up included, and peak memory. The outputs of every W
  are checked to be identical;
- ``canlp compare-declarations`` on the bundled pair.

``--breakdown N`` instead times the steps of a cold start (in a fresh
process) and each step of a run on N communiqués (reading, tokenizer, each
component, the output records, JSON) in this process, in CPU seconds.
``--compare-spacy N`` compares canlp's 2 worker processes with spaCy's
``nlp.pipe(n_process=2)`` on N communiqués. Every report starts with a
control: how much faster a pure-Python loop runs in 2 processes than in one
(2.0 when a second core is free; on a busy machine the --workers 2 figures
mean little).

``CPU s`` is the user + system time of all the processes of a run: on a
machine busy with other work, wall times grow but CPU seconds much less so.

Memory: ``max RSS`` is the largest resident set of any one process of the
run (``getrusage(RUSAGE_CHILDREN).ru_maxrss``). With workers there are W+1
processes; when psutil is installed the whole process tree is sampled every
0.2 s and ``tree RSS`` is the peak of the summed resident sets (which counts
the pages forked workers share with the parent several times, so it
overstates) and ``tree PSS`` the peak of the summed proportional sets (shared
pages split between the processes sharing them: the memory the run really
takes).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# Runs one command and reports its wall time and the largest resident set of its process tree.
WRAPPER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
with open(sys.argv[1], "wb") as out:
    code = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "code": code, "max_rss_kb": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime}))
"""


def _spin(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_headroom(n=20_000_000):
    """Speed-up of a pure-Python loop run twice in 2 processes over twice in one (2.0 on an idle 2-core machine).

    Tells whether the machine had a second core free for the ``--workers 2`` runs.
    """
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    _spin(n)
    _spin(n)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        started = time.perf_counter()
        list(pool.map(_spin, [n, n]))
        parallel = time.perf_counter() - started
    return serial / parallel


def canlp_command():
    found = shutil.which("canlp", path=str(Path(sys.executable).parent)) or shutil.which("canlp")
    if found is None:
        sys.exit("bench_cli: the canlp command is not installed (pip install -e .)")
    return [found]


class TreeSampler(threading.Thread):
    """Peak summed RSS and PSS of a process and its descendants (needs psutil)."""

    def __init__(self, pid, skip_root=True, interval=0.2):
        super().__init__(daemon=True)
        import psutil

        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.skip_root = skip_root
        self.interval = interval
        self.rss = self.pss = 0
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            try:
                processes = self.root.children(recursive=True) + ([] if self.skip_root else [self.root])
            except self.psutil.Error:
                break
            rss = pss = 0
            for process in processes:
                try:
                    info = process.memory_full_info()
                except self.psutil.Error:
                    continue
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            self.done.wait(self.interval)


def run(command, output):
    """One run: {'seconds', 'code', 'max_rss_kb'} and, with psutil, 'tree_rss'/'tree_pss' in bytes."""
    process = subprocess.Popen([sys.executable, "-c", WRAPPER, str(output), *command], stdout=subprocess.PIPE, text=True)
    sampler = None
    try:
        sampler = TreeSampler(process.pid)
        sampler.start()
    except ImportError:
        pass
    stdout, _ = process.communicate()
    result = json.loads(stdout)
    if sampler is not None:
        sampler.done.set()
        sampler.join()
        result.update(tree_rss=sampler.rss, tree_pss=sampler.pss)
    return result


def median(runs, key):
    values = [r[key] for r in runs if key in r]
    return statistics.median(values) if values else None


def megabytes(value, unit=1024 * 1024):
    return "-" if value is None else f"{value / unit:,.0f} MB"


def bench(label, command, repeat, output, docs=None):
    runs = []
    for _ in range(repeat):
        result = run(command, output)
        if result["code"] not in (0,):
            sys.exit(f"bench_cli: {' '.join(command)} exited {result['code']}")
        runs.append(result)
    seconds = median(runs, "seconds")
    row = {
        "what": label,
        "median s": f"{seconds:.2f}",
        "runs s": ", ".join(f"{r['seconds']:.2f}" for r in runs),
        "docs/s": f"{docs / seconds:,.0f}" if docs else "",
        "CPU s": f"{median(runs, 'cpu'):.2f}",
        "max RSS": megabytes(median(runs, "max_rss_kb"), 1024),
        "tree RSS": megabytes(median(runs, "tree_rss")),
        "tree PSS": megabytes(median(runs, "tree_pss")),
    }
    print(" | ".join(f"{k}: {v}" for k, v in row.items() if v), flush=True)
    return row


# The steps of a cold start, timed in a fresh process (imports are most of it).
STARTUP = """
import sys, time
last = [time.perf_counter(), time.process_time()]
def mark(name):
    now = [time.perf_counter(), time.process_time()]
    print(f"  {name:<44}{now[1] - last[1]:6.2f} s CPU {now[0] - last[0]:6.2f} s wall")
    last[:] = now
import canlp.cli; mark("import canlp.cli (typer)")
from canlp.reading import read_inputs; documents = list(read_inputs([sys.argv[1]])); mark("read the file")
import spacy; mark("import spacy")
from canlp.corpus import corpus_hash; corpus = corpus_hash(); mark("corpus hash")
from canlp.training import load_classifiers; load_classifiers(corpus_hash=corpus); mark("load the two scorers (sha256, npz)")
nlp = spacy.blank("en"); mark("spacy.blank('en')")
from canlp.pipeline import PIPE_NAMES
for name in PIPE_NAMES:
    nlp.add_pipe(name); mark(f"add_pipe {name}" + (" (loads the scorers again)" if name == "canlp_classify" else ""))
from canlp.api import classify_documents; classify_documents(documents, nlp=nlp); mark("classify the document")
print("  modules never imported: " + ", ".join(m for m in ("pandas", "sklearn", "scipy") if m not in sys.modules))
"""


def breakdown(texts, dates, folder):
    """CPU seconds per step of one process for ``texts``: where a classify run spends its time."""
    from canlp.api import classify_documents, doc_to_output
    from canlp.pipeline import load, make_doc
    from canlp.reading import InputDocument, read_inputs

    one = folder / "one.txt"
    one.write_text(texts[0], encoding="utf-8")
    print("a cold start, step by step (a fresh process):", flush=True)
    subprocess.run([sys.executable, "-c", STARTUP, str(one)], check=True)
    nlp = load()
    records = folder / "records.jsonl"
    records.write_text("".join(json.dumps({"id": str(i), "text": t, "date": d}) + "\n" for i, (t, d) in enumerate(zip(texts, dates))))
    documents = [InputDocument(id=str(i), text=t, date=d) for i, (t, d) in enumerate(zip(texts, dates))]
    classify_documents(documents[:50])  # warm-up
    steps = {}
    started = time.process_time()
    list(read_inputs([records]))
    steps["reading the JSON Lines input"] = time.process_time() - started
    started = time.process_time()
    docs = [make_doc(nlp, d.text, d.date, d.source_state) for d in documents]
    steps["tokenizer (make_doc)"] = time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in docs]
        steps[name] = time.process_time() - started
    started = time.process_time()
    rows = [doc_to_output(doc, document) for doc, document in zip(docs, documents)]
    steps["output records (doc_to_output)"] = time.process_time() - started
    started = time.process_time()
    "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    steps["JSON Lines writing"] = time.process_time() - started
    from canlp.features import views

    classifiers = nlp.get_pipe("canlp_classify").classifiers
    plain = [d.text for d in docs]
    started = time.process_time()
    text_views = [views(t) for t in plain]
    steps["  of canlp_classify: text views (features.views)"] = time.process_time() - started
    for label, scorer in (("modality", classifiers.modality), ("theme", classifiers.themes)):
        started = time.process_time()
        for i in range(0, len(text_views), 256):
            scorer.scores(text_views[i:i + 256])
        steps[f"  of canlp_classify: {label} scorer"] = time.process_time() - started
    total = sum(v for k, v in steps.items() if not k.startswith(" "))
    print(f"\nwhere one process spends its CPU time on {len(texts)} communiqués ({len(texts) / total:,.0f} docs/s):")
    for name, seconds in steps.items():
        print(f"  {name:<40}{seconds:8.2f} s {100 * seconds / total:5.1f}%")


def compare_spacy(texts, dates):
    """Wall seconds for ``texts`` in one process, in 2 of canlp's worker processes, and through
    spaCy's ``nlp.pipe(n_process=2)`` (which ships each Doc to the workers and back as bytes)."""
    from canlp.api import _pipeline, classify_documents, doc_to_output
    from canlp.pipeline import make_doc
    from canlp.reading import InputDocument

    nlp = _pipeline()
    documents = [InputDocument(id=str(i), text=t, date=d) for i, (t, d) in enumerate(zip(texts, dates))]
    classify_documents(documents[:50])  # warm-up
    timings = {}
    started = time.perf_counter()
    one = classify_documents(documents)
    timings["one process"] = time.perf_counter() - started
    started = time.perf_counter()
    two = classify_documents(documents, n_process=2)
    timings["canlp, n_process=2"] = time.perf_counter() - started
    started = time.perf_counter()
    docs = (make_doc(nlp, d.text, d.date, d.source_state) for d in documents)
    spacy_two = [doc_to_output(doc, d) for d, doc in zip(documents, nlp.pipe(docs, n_process=2, batch_size=64))]
    timings["spaCy nlp.pipe(n_process=2)"] = time.perf_counter() - started
    print(f"\n{len(texts)} communiqués, wall seconds (control: {parallel_headroom():.2f}x):")
    for name, seconds in timings.items():
        print(f"  {name:<32}{seconds:8.2f} s {len(texts) / seconds:8.0f} docs/s")
    print(f"  identical outputs: {json.dumps(one) == json.dumps(two) == json.dumps(spacy_two)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000, help="Communiqués for the throughput runs.")
    parser.add_argument("--repeat", type=int, default=5, help="Runs of each short command.")
    parser.add_argument("--throughput-repeat", type=int, default=3, help="Runs of each throughput command.")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="--workers values to time.")
    parser.add_argument("--markdown", action="store_true", help="Also print the results as a Markdown table.")
    parser.add_argument(
        "--breakdown", type=int, metavar="N", default=0,
        help="Only time each step of the pipeline in this process on N communiqués (CPU seconds).",
    )
    parser.add_argument(
        "--compare-spacy", type=int, metavar="N", default=0,
        help="Only compare --workers 2 with spaCy's nlp.pipe(n_process=2) on N communiqués, in this process.",
    )
    args = parser.parse_args()
    if args.breakdown or args.compare_spacy:
        from canlp.corpus import load_records

        records = load_records()
        chosen = [records[i % len(records)] for i in range(args.breakdown or args.compare_spacy)]
        texts, dates = [r["text"] for r in chosen], [r["date"] for r in chosen]
        if args.compare_spacy:
            compare_spacy(texts, dates)
            return
        with tempfile.TemporaryDirectory(prefix="canlp-bench-") as tmp:
            breakdown(texts, dates, Path(tmp))
        return

    from canlp.corpus import load_records

    canlp = canlp_command()
    records = load_records()
    rows = []
    with tempfile.TemporaryDirectory(prefix="canlp-bench-") as tmp:
        tmp = Path(tmp)
        one = tmp / "one.txt"
        one.write_text(records[0]["text"], encoding="utf-8")
        many = tmp / f"{args.n}.jsonl"
        with open(many, "w", encoding="utf-8") as handle:
            for i in range(args.n):
                r = records[i % len(records)]
                handle.write(json.dumps({"id": f"doc{i}", "text": r["text"], "date": r["date"]}, ensure_ascii=False) + "\n")
        words = statistics.median(len(r["text"].split()) for r in records)
        print(f"{os.cpu_count()} cores; {args.n} communiqués (bundled corpus cycled, median {words:.0f} words)", flush=True)
        print("load average before: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()), flush=True)
        print(f"control: a pure-Python loop in 2 processes runs {parallel_headroom():.2f}x as fast as in one "
              "(2.0 when a second core is free)", flush=True)
        sink = tmp / "out"
        rows.append(bench("canlp --help", canlp + ["--help"], args.repeat, sink))
        rows.append(bench("canlp classify one.txt (cold start)", canlp + ["classify", str(one), "--format", "jsonl"], args.repeat, sink))
        outputs = []
        for workers in args.workers:
            out = tmp / f"out-{workers}.jsonl"
            command = canlp + ["classify", str(many), "--format", "jsonl", "--quiet", "--workers", str(workers)]
            rows.append(bench(f"canlp classify {args.n} communiqués --workers {workers}", command, args.throughput_repeat, out, docs=args.n))
            outputs.append(out.read_bytes())
        identical = all(o == outputs[0] for o in outputs)
        print(f"outputs of --workers {' and '.join(map(str, args.workers))} identical: {identical}", flush=True)
        rows.append(bench("canlp compare-declarations (bundled pair)", canlp + ["compare-declarations"], args.repeat, sink))
    print("load average after: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()), flush=True)
    print(f"control again: {parallel_headroom():.2f}x", flush=True)
    if args.markdown:
        keys = ["what", "median s", "docs/s", "CPU s", "max RSS", "tree RSS", "tree PSS"]
        print("\n| " + " | ".join(keys) + " |\n|" + "---|" * len(keys))
        for row in rows:
            print("| " + " | ".join(row[k] or "" for k in keys) + " |")
    if not identical:
        sys.exit(1)


if __name__ == "__main__":
    main()
