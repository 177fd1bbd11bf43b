"""Throughput of canlp's spaCy pipeline on the bundled corpus.

    python benchmarks/bench_extraction.py [--repeat 5] [--docs 2000]

Prints, for the extraction pipeline (rules and knowledge base) and for the
full pipeline (with the modality and theme models), the median over
``--repeat`` runs of documents per second on one process, and the median
words per document. Runs with n_process=1 (one core). Each rate line is
followed by the process's CPU time per document (median and lowest run):
on a shared machine the wall-clock rate also counts the time other
processes hold the core, the CPU time much less so.
"""

import argparse
import statistics
import time

from canlp.corpus import load_records
from canlp.pipeline import extract, load


def run(nlp, texts):
    """Documents per second (wall clock) and CPU milliseconds per document of one pass over ``texts``."""
    started, cpu = time.perf_counter(), time.process_time()
    for _ in extract(nlp, texts, batch_size=256):
        pass
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return len(texts) / wall, cpu / len(texts) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args()
    corpus = [r["text"] for r in load_records()]
    texts = (corpus * (args.docs // len(corpus) + 1))[: args.docs]
    words = statistics.median(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, median {words:.0f} words")
    for label, classify in (("extraction (rules + knowledge base)", False), ("full pipeline (with classifiers)", True)):
        nlp = load(classify=classify)
        run(nlp, texts[:100])  # warm-up
        rates, cpu = zip(*(run(nlp, texts) for _ in range(args.repeat)))
        print(f"{label}: median {statistics.median(rates):.0f} docs/s (runs: {', '.join(f'{r:.0f}' for r in rates)})")
        print(f"  CPU time: median {statistics.median(cpu):.3f} ms/doc, lowest {min(cpu):.3f} ms/doc")


if __name__ == "__main__":
    main()
