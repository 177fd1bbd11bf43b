"""The notebook API: plain texts or a DataFrame in, plain dicts or a DataFrame out.

Example:
    >>> rows = classify_documents([InputDocument(id="a", text="ASTANA. KAZINFORM – President Kassym-Jomart "
    ...     "Tokayev held a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev.",
    ...     date="2023-01-02")])
    >>> rows[0]["modality"], [p["name"] for p in rows[0]["participants"]], rows[0]["format"]
    ('phone_call', ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], 'bilateral')
"""

from canlp.labels import format_of, is_intraregional, level_of
from canlp.reading import InputDocument

#: Output keys in order: the ANNOTATION.md record keys, then what canlp adds.
OUTPUT_KEYS = (
    "id", "date", "modality", "participants", "participant_states", "mentioned_states", "format", "themes",
    "level", "intraregional", "modality_scores", "theme_scores",
)

_NLP = None


def _pipeline():
    global _NLP
    if _NLP is None:
        from canlp.pipeline import load

        _NLP = load()
    return _NLP


def doc_to_output(doc, document, explanation=None):
    """One output record (plain dict) for a processed Doc and its input document."""
    participants = [{k: p[k] for k in ("name", "role", "state")} for p in doc._.participants]
    states = list(doc._.participant_states)
    row = {
        "id": document.id,
        "date": doc._.date,
        "modality": doc._.modality,
        "participants": participants,
        "participant_states": states,
        "mentioned_states": list(doc._.mentioned_states),
        "format": format_of(states),
        "themes": list(doc._.themes),
        "level": level_of([p["role"] for p in participants]),
        "intraregional": is_intraregional(states),
        "modality_scores": doc._.modality_scores,
        "theme_scores": doc._.theme_scores,
    }
    for key, value in document.extra.items():
        row.setdefault(key, value)
    if explanation is not None:
        row["explanation"] = explanation
    return row


def classify_documents(documents, nlp=None, explain=False, batch_size=64, progress=None, n_process=1):
    """Run the pipeline over :class:`~canlp.reading.InputDocument` objects; one dict each, in order.

    With ``n_process`` > 1 the documents go in chunks of ``batch_size`` to that
    many worker processes, each running the whole pipeline (tokenising, the
    components, the output record) and sending back plain dicts; the output is
    the same as with one process. This stands in for spaCy's
    ``nlp.pipe(n_process=...)``, which ships every Doc to the workers and back
    as bytes: on 2 cores that serialisation made it slower than one process.
    On Linux the workers are forked from this process, so the pipeline loaded
    here is shared rather than loaded again.
    """
    from canlp.pipeline import make_doc

    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, not {n_process}")
    nlp = nlp or _pipeline()
    documents = list(documents)
    if n_process > 1 and len(documents) > batch_size:
        return _classify_in_processes(documents, nlp, explain, batch_size, progress, n_process)
    docs = (make_doc(nlp, d.text, d.date, d.source_state) for d in documents)
    classifier = nlp.get_pipe("canlp_classify").classifiers if explain else None
    rows = []
    for document, doc in zip(documents, nlp.pipe(docs, batch_size=batch_size)):
        explanation = classifier.explain(document.text) if classifier is not None else None
        rows.append(doc_to_output(doc, document, explanation))
        if progress is not None:
            progress()
    return rows


#: The pipeline of a worker process of :func:`_classify_in_processes`.
_WORKER_NLP = None


def _start_worker(nlp):
    global _WORKER_NLP
    _WORKER_NLP = nlp if nlp is not None else _pipeline()


def _classify_chunk(documents, explain, batch_size):
    return classify_documents(documents, nlp=_WORKER_NLP, explain=explain, batch_size=batch_size)


def _classify_in_processes(documents, nlp, explain, batch_size, progress, n_process):
    """:func:`classify_documents` in ``n_process`` worker processes; rows in input order."""
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor
    from itertools import repeat

    # fork shares the loaded pipeline with the workers; elsewhere (spawn) each worker loads it
    fork = sys.platform.startswith("linux")
    context = multiprocessing.get_context("fork" if fork else "spawn")
    shared = nlp if fork or nlp is not _NLP else None
    chunks = [documents[i:i + batch_size] for i in range(0, len(documents), batch_size)]
    rows = []
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker, initargs=(shared,)) as pool:
        for chunk_rows in pool.map(_classify_chunk, chunks, repeat(explain), repeat(batch_size)):
            rows.extend(chunk_rows)
            if progress is not None:
                for _ in chunk_rows:
                    progress()
    return rows


def _date_string(value):
    """A date cell as YYYY-MM-DD, or None for an empty cell."""
    if value is None or (isinstance(value, float) and value != value):  # NaN
        return None
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp, datetime
        return value.date().isoformat()
    return str(value)


def classify(texts, dates=None, ids=None, source_states=None, explain=False, n_process=1):
    """Classify texts (a list of strings, a Series, or a DataFrame with a ``text`` column) into a DataFrame.

    A DataFrame's ``id``, ``date`` and ``source_state`` columns are used when
    present, and its other columns are carried through. ``n_process`` > 1 runs
    that many worker processes (see :func:`classify_documents`). A date that is
    not YYYY-MM-DD is treated as unknown and a text over
    ``canlp.reading.MAX_TEXT_CHARS`` is cut: both with a ``UserWarning``, listed
    in the result's ``.attrs["warnings"]`` as (id, message) pairs.
    """
    import pandas as pd

    if isinstance(texts, pd.DataFrame):
        frame = texts.reset_index(drop=True)
        if "text" not in frame:
            raise ValueError("the DataFrame needs a 'text' column")
        records = frame.to_dict("records")
    else:
        texts = list(texts)
        records = [{"text": t} for t in texts]
        for key, values in (("date", dates), ("id", ids), ("source_state", source_states)):
            if values is not None:
                for record, value in zip(records, values):
                    record[key] = value
    from canlp.reading import _cut, clean_markup, normalise_date

    documents, problems = [], []
    for i, r in enumerate(records):
        ident = str(r.get("id", i))
        text, cut_warning = _cut(clean_markup(r["text"]) if isinstance(r["text"], str) else "")
        date, date_warning = normalise_date(_date_string(r.get("date")))
        problems.extend((ident, w) for w in (cut_warning, date_warning) if w)
        documents.append(
            InputDocument(
                id=ident,
                text=text,
                date=date,
                source_state=r.get("source_state") if isinstance(r.get("source_state"), str) else None,
                extra={k: v for k, v in r.items() if k not in ("id", "text", "date", "source_state")},
            )
        )
    result = pd.DataFrame(classify_documents(documents, explain=explain, n_process=n_process))
    result.attrs["warnings"] = problems
    if problems:
        import warnings

        shown = "; ".join(f"{ident}: {message}" for ident, message in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        warnings.warn(f"canlp.classify changed {len(problems)} inputs: {shown}{more}; all in .attrs['warnings']",
                      stacklevel=2)
    return result
