"""Throughput of canlp's spaCy pipeline on the bundled corpus.

    python benchmarks/bench_extraction.py [--repeat 5] [--docs 2000]

Prints, for the extraction pipeline (rules and knowledge base) and for the
full pipeline (with the modality and theme models), the median over
``--repeat`` runs of documents per second on one process, and the median
words per document. Runs with n_process=1 (one core). Each rate line is
followed by the process's CPU time per document (median and lowest run):
on a shared machine the wall-clock rate also counts the time other
processes hold the core, the CPU time much less so.

Then the classifiers' share: the CPU time per document of the
``canlp_classify`` component alone (its ``pipe`` over Docs that went through
the components before it, ``--repeat`` runs), beside the extraction
pipeline's, and their ratio.
"""

import argparse
import statistics
import time

from canlp.corpus import load_records
from canlp.pipeline import extract, load, make_doc


def run(nlp, texts):
    """Documents per second (wall clock) and CPU milliseconds per document of one pass over ``texts``."""
    started, cpu = time.perf_counter(), time.process_time()
    for _ in extract(nlp, texts, batch_size=256):
        pass
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return len(texts) / wall, cpu / len(texts) * 1000


def classifier_cpu(nlp, texts, repeat):
    """CPU milliseconds per document of the canlp_classify component alone, one per run."""
    names = [name for name, _ in nlp.pipeline]
    before = names[names.index("canlp_classify"):]
    docs = list(nlp.pipe((make_doc(nlp, t, None, None) for t in texts), disable=before, batch_size=256))
    classify = nlp.get_pipe("canlp_classify")
    for _ in classify.pipe(docs[:100]):  # warm-up
        pass
    runs = []
    for _ in range(repeat):
        cpu = time.process_time()
        for _ in classify.pipe(docs, batch_size=256):
            pass
        runs.append((time.process_time() - cpu) / len(docs) * 1000)
    return runs


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
        if not classify:
            extraction_cpu = statistics.median(cpu)
    classifiers = classifier_cpu(nlp, texts, args.repeat)
    median = statistics.median(classifiers)
    print(f"classifiers alone (canlp_classify): CPU median {median:.3f} ms/doc, lowest {min(classifiers):.3f} ms/doc; "
          f"{median / extraction_cpu:.2f} x the extraction pipeline's {extraction_cpu:.3f} ms/doc")


if __name__ == "__main__":
    main()
