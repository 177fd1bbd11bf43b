"""The extraction pipeline: ``load()`` builds it, ``extract()`` runs it, ``doc_to_record()`` reads a Doc.

Example:
    >>> nlp = load()
    >>> doc = nlp(make_doc(nlp, "Kassym-Jomart Tokayev held a telephone conversation with "
    ...                         "Shavkat Mirziyoyev.", date="2019-12-30"))
    >>> [p["name"] for p in doc._.participants], doc._.format
    (['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], 'bilateral')
"""

import contextlib
import gc
import re

import canlp


@contextlib.contextmanager
def _collections_paused():
    """No garbage collection while spaCy is imported and the pipeline built: they allocate about a
    million objects, none of them garbage, and the collector's passes over them took a tenth of a
    cold start. The collector is restored (if it was on) afterwards. In the ``canlp`` command
    (``canlp.FREEZE_AT_START_UP``, one pipeline per process) the objects allocated so far are also
    moved out of the collector's sight for good (``gc.freeze``), or its first passes afterwards
    would go over them all the same; worker processes forked later then share those pages too."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if canlp.FREEZE_AT_START_UP:
            gc.freeze()
        if enabled:
            gc.enable()


with _collections_paused():
    import spacy

    import canlp.factories  # noqa: F401  (registers the factories when canlp is imported directly)
    from canlp.components import is_cable

PIPE_NAMES = (
    "canlp_source", "canlp_date", "canlp_states", "canlp_officials", "canlp_classify",
    "canlp_participants",
)


def load(classify=True):
    """A blank English ``spacy.Language`` with canlp's components; nothing is downloaded.

    With ``classify=False`` the pipeline leaves out the trained modality and
    theme models (extraction only, rules and the knowledge base).
    """
    with _collections_paused():
        nlp = spacy.blank("en")
        for name in PIPE_NAMES:
            if name == "canlp_classify" and not classify:
                continue
            nlp.add_pipe(name)
    return nlp


#: A line break inside a cable's paragraph: after a line of prose, before a line that starts no paragraph
#: ("2. (C)"), no header field ("TAGS:", "SUBJECT:") and no blank line.
_CABLE_WRAP = re.compile(r"(?<=[^\n]{45})[ \t]*\n(?=[ \t]*(?![\d]+\.|\([A-Z]+\)|[A-Z][A-Z./ ]+:|\n)\S)")


def unwrap_cable(text):
    """A diplomatic cable's lines joined into its paragraphs ("Foreign\\nMinister Rashid Meredov met with the
    Charge" read as one title), each line break replaced by one space so that every character keeps its offset;
    other texts unchanged."""
    if not is_cable(text):
        return text
    return _CABLE_WRAP.sub(lambda m: " " * len(m.group(0)), text)


def make_doc(nlp, text, date=None, source_state=None):
    """A Doc ready for the pipeline, with the caller's date and source state (if known). A diplomatic cable's
    wrapped lines are joined first (:func:`unwrap_cable`; offsets unchanged)."""
    text = unwrap_cable(text)
    doc = nlp.make_doc(text)
    doc.user_data["canlp_text"] = text
    doc._.date = str(date) if date else None
    doc._.source_state = source_state or None
    return doc


def extract(nlp, texts, dates=None, source_states=None, n_process=1, batch_size=64):
    """Run the pipeline over texts; yields Docs in input order."""
    texts = list(texts)
    dates = dates or [None] * len(texts)
    source_states = source_states or [None] * len(texts)
    docs = (make_doc(nlp, t, d, s) for t, d, s in zip(texts, dates, source_states))
    yield from nlp.pipe(docs, n_process=n_process, batch_size=batch_size)


def doc_to_record(doc):
    """The ANNOTATION.md fields that extraction fills, as a plain dict."""
    return {
        "date": doc._.date,
        "participants": [{k: p[k] for k in ("name", "role", "state")} for p in doc._.participants],
        "participant_states": list(doc._.participant_states),
        "mentioned_states": list(doc._.mentioned_states),
        "format": doc._.format,
        "level": doc._.level,
        "intraregional": doc._.intraregional,
    }
