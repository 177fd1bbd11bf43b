"""canlp: read official communiqués on Central Asian diplomacy.

The notebook API, all DataFrames in and out:

- :func:`classify` — texts (or a DataFrame with a ``text`` column) to one coded row each;
- :func:`build_dataset` — communiqués (paths or a DataFrame) to the interactions dataset, one
  row per interaction with the reports of one event merged;
- :func:`report` — the interactions dataset to the published tables (a dict of DataFrames);
- :func:`compare_declarations` — declarations to their ranked themes, side by side;
- :func:`load` — the spaCy pipeline itself.

Heavy libraries (spaCy, scikit-learn, pandas) are imported only when a
function that needs them is called, so ``import canlp`` stays fast.
"""

__version__ = "0.1.0"

#: Set by the ``canlp`` command, which builds one pipeline per process: what start-up allocates
#: (spaCy, the pipeline) is then frozen out of the garbage collector's sight (see ``canlp.pipeline``).
#: A library caller may build and drop many pipelines, so it stays off by default.
FREEZE_AT_START_UP = False

__all__ = ["__version__", "build_dataset", "classify", "compare_declarations", "load", "load_kb", "report"]


def load_kb():
    """The packaged knowledge base of states, organisations and officials."""
    from canlp.kb import load_kb as _load_kb

    return _load_kb()


def load(classify=True):
    """The spaCy pipeline (blank English plus canlp's components); ``classify=False`` leaves out the models."""
    from canlp.pipeline import load as _load

    return _load(classify=classify)


def classify(texts, dates=None, ids=None, source_states=None, explain=False):
    """Code texts (a list, a Series or a DataFrame with a ``text`` column): one row each, in order.

    Columns: the ANNOTATION.md keys (``id``, ``date``, ``modality``, ``participants``,
    ``participant_states``, ``mentioned_states``, ``format``, ``themes``) plus ``level``,
    ``intraregional``, ``modality_scores`` and ``theme_scores``; a DataFrame's other columns are
    carried through.
    """
    from canlp.api import classify as _classify

    return _classify(texts, dates=dates, ids=ids, source_states=source_states, explain=explain)


def build_dataset(source, date=None, workers=1):
    """The interactions dataset (one row per interaction) from paths or a DataFrame of communiqués.

    See :mod:`canlp.dataset` for the rule that merges reports of one event.
    """
    from canlp.dataset import build_dataset as _build

    return _build(source, date=date, workers=workers)


def report(frame):
    """The published tables of an interactions dataset (a DataFrame, or the path of a saved one).

    Returns a dict of DataFrames: ``per_year``, ``year_by_modality``, ``level``, ``format``,
    ``states``, ``dyads``, ``ceremonial`` (see :mod:`canlp.reporting`).
    """
    from canlp.reporting import report as _report

    if not hasattr(frame, "columns"):
        from canlp.dataset import read_dataset

        frame = read_dataset(frame)
    return _report(frame)


def compare_declarations(declarations=None, use_labels=False, policy_only=False):
    """Rank the themes of declarations side by side: a tidy DataFrame, one row per declaration and theme.

    ``declarations``: bundled names (e.g. ``"xian-2023"``), paths of declaration files, or ``None``
    for the bundled Xi'an 2023 and C5+1 New York 2023 digests. Columns: ``declaration``,
    ``paragraphs``, ``theme``, ``share``, ``ci_low``, ``ci_high``, ``rank``. The pairwise
    comparisons (per-theme tests, keyness) are in ``frame.attrs["comparisons"]``.
    ``use_labels`` ranks the bundled digests' annotated paragraph themes instead of the model's;
    ``policy_only`` ranks the nine policy fields and puts the shares of the framing themes
    (``political_dialogue``, ``ceremonial``) in ``frame.attrs["framing"]``.
    """
    import pandas as pd

    from canlp.declarations import bundled_declarations
    from canlp.declarations import compare_declarations as _compare
    from canlp.declarations import load_declaration

    bundled = bundled_declarations()
    if declarations is None:
        declarations = ["xian-2023", "c5plus1-new-york-2023"]
    loaded = []
    for item in declarations:
        if isinstance(item, str) and item in bundled:
            item = bundled[item]
        loaded.append(item if hasattr(item, "paragraphs") else load_declaration(item))
    result = _compare(loaded, use_labels=use_labels, policy_only=policy_only)
    frame = pd.DataFrame(
        [
            {"declaration": d["name"], "paragraphs": d["paragraphs"], **theme}
            for d in result["declarations"]
            for theme in d["themes"]
        ]
    )
    frame.attrs["comparisons"] = result["comparisons"]
    if policy_only:
        frame.attrs["framing"] = {d["name"]: d.get("framing", []) for d in result["declarations"]}
    return frame
