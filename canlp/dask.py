"""canlp on a Dask cluster, for corpora that outgrow one machine (the ``canlp[dask]`` extra).

:func:`classify_paths` turns files (a list of paths, or a ``dask.bag.Bag`` of
paths) into a ``dask.dataframe.DataFrame`` with one row per document, the
columns of :func:`canlp.api.classify` plus ``origin`` (file and line) and
``error``. The files are read on the workers, partition by partition, with
:func:`canlp.reading.read_inputs`, so they must be visible to every worker at
the same path (a shared or network file system). A file that cannot be read
becomes a row with its ``error`` message and no classification, never an
exception. Each worker process loads the pipeline once and keeps it for every
partition it is given.

On a laptop::

    from distributed import Client, LocalCluster
    from canlp.dask import classify_paths

    client = Client(LocalCluster(n_workers=2, threads_per_worker=1))
    frame = classify_paths(["communiques/"]).compute()

On a cluster, ``Client("tcp://scheduler:8786")`` instead, or from the shell
``canlp classify communiques/ --scheduler tcp://scheduler:8786``.

The pipeline is pure Python and holds the GIL, so threads of one worker take
turns (a lock keeps them from using one pipeline at once): start workers with
one thread each and as many processes as cores (``dask worker ADDRESS
--nworkers 2 --nthreads 1``).
"""

import threading

from canlp.api import OUTPUT_KEYS

#: Columns added to the rows of :func:`canlp.api.classify`.
DASK_COLUMNS = ("origin", "error")

#: Seconds to wait for the scheduler before giving up (:func:`connect`).
SCHEDULER_TIMEOUT = 10

_LOCK = threading.Lock()


class DaskUnavailable(RuntimeError):
    """The Dask extra is not installed or the scheduler cannot be reached (a usage error)."""


def _require_dask():
    try:
        import dask.bag  # noqa: F401
        import dask.dataframe  # noqa: F401
    except ImportError:
        raise DaskUnavailable("Dask is not installed: pip install 'canlp[dask]'") from None


def connect(address, timeout=None):
    """A ``distributed.Client`` of the scheduler at ``address`` (``tcp://host:8786``).

    Raises :class:`DaskUnavailable` with a one-line reason when the extra is
    missing or no scheduler answers within ``timeout`` seconds.
    """
    try:
        from distributed import Client
    except ImportError:
        raise DaskUnavailable("Dask is not installed: pip install 'canlp[dask]'") from None
    try:
        return Client(address, timeout=timeout or SCHEDULER_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        reason = str(error).splitlines()[0] if str(error) else error.__class__.__name__
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {reason}") from None


def classify_files(files, date=None, explain=False, batch_size=64, keep_text=True):
    """Read and classify files in this process: one ``(item, row)`` per input, in input order.

    ``item`` is the :class:`~canlp.reading.InputDocument` read (with its text
    unless ``keep_text`` is False) with ``row``, its record from
    :func:`canlp.api.classify_documents`; or an :class:`~canlp.reading.InputError`
    saying why an input could not be read, with ``row`` None. ``files`` may hold
    InputErrors already (a folder that could not be listed): they pass through.
    The pipeline is loaded once per process. This is what each partition runs.
    """
    import dataclasses

    from canlp.api import _pipeline, classify_documents
    from canlp.reading import InputError, read_inputs

    items = []
    for path in files:
        if isinstance(path, InputError):
            items.append(path)
            continue
        try:
            items.extend(read_inputs([str(path)], date=date))
        except FileNotFoundError:  # not visible on this worker
            items.append(InputError(str(path), "no such file or directory on the Dask worker"))
    documents = [item for item in items if not isinstance(item, InputError)]
    rows = []
    if documents:
        with _LOCK:
            rows = classify_documents(documents, nlp=_pipeline(), explain=explain, batch_size=batch_size)
    rows = iter(rows)
    return [
        (item, None) if isinstance(item, InputError)
        else (item if keep_text else dataclasses.replace(item, text=""), next(rows))
        for item in items
    ]


def _file_bag(paths_or_bag, npartitions):
    import dask.bag as db

    from canlp.reading import expand

    if isinstance(paths_or_bag, db.Bag):
        return paths_or_bag
    paths = [paths_or_bag] if isinstance(paths_or_bag, str) or hasattr(paths_or_bag, "__fspath__") else list(paths_or_bag)
    if any(str(p) == "-" for p in paths):
        raise ValueError("standard input (-) cannot be sent to Dask workers: save it to a file")
    # folders are walked here; a folder that cannot be listed stays an InputError in the sequence
    files = [f if not hasattr(f, "__fspath__") else str(f) for f in expand(paths)]
    if not files:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(files, npartitions=min(len(files), npartitions or 100))


def classify_items(paths_or_bag, date=None, explain=False, npartitions=None, batch_size=64, keep_text=True):
    """A lazy ``dask.bag.Bag`` of ``(item, row)`` per input, in input order (see :func:`classify_files`).

    ``paths_or_bag``: files and folders (folders are walked here, on the
    client; FileNotFoundError for a path that does not exist), or a Bag of
    file paths. ``npartitions``: how many tasks the files are split into
    (default: one per file, at most 100); one file is read by one task.
    ``keep_text=False`` leaves the documents' texts out of the items, which
    makes the results smaller (the interactions dataset needs them).
    """
    _require_dask()
    bag = _file_bag(paths_or_bag, npartitions)
    return bag.map_partitions(classify_files, date=date, explain=explain, batch_size=batch_size, keep_text=keep_text)


def _to_columns(pairs, columns):
    from canlp.reading import InputError

    out = []
    for item, row in pairs:
        values = dict.fromkeys(columns)
        if row is not None:
            values.update((k, row[k]) for k in columns if k in row)
        values["origin"] = item.origin
        values["error"] = item.message if isinstance(item, InputError) else None
        out.append(values)
    return out


def classify_paths(paths_or_bag, date=None, explain=False, npartitions=None, batch_size=64, extra_columns=()):
    """Classify files on Dask: a lazy ``dask.dataframe.DataFrame``, one row per input document.

    Columns: those of :func:`canlp.api.classify` (``id``, ``date``, ``modality``,
    ``participants``... ``theme_scores``), the record fields named in
    ``extra_columns`` (such as ``url``), ``explanation`` with ``explain=True``,
    then ``origin`` (file, and line for JSON Lines) and ``error`` (None, or why
    the input could not be read; its other columns are then empty). All columns
    hold Python objects (lists and dicts where the record has them). Rows come
    in input order; each partition has its own index from 0.
    """
    import pandas as pd

    columns = list(OUTPUT_KEYS) + [c for c in extra_columns if c not in OUTPUT_KEYS]
    if explain:
        columns.append("explanation")
    columns += list(DASK_COLUMNS)
    bag = classify_items(
        paths_or_bag, date=date, explain=explain, npartitions=npartitions, batch_size=batch_size, keep_text=False
    )
    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return bag.map_partitions(_to_columns, columns=tuple(columns)).to_dataframe(meta=meta)
