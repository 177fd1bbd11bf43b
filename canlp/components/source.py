"""``canlp_source``: which state's official source published the text, and where its body ends.

The caller may set ``doc._.source_state`` (an ISO3 code) before the pipeline
runs; otherwise it is read from cues in the first lines and the last line of
the text: agency and presidency names ("KAZINFORM", "(UzA)", "/Khovar/",
"TDH", "Akorda press service") listed in ``data/sources.json``. It lets "the
Head of State" in a Kazakh release mean Kazakhstan's president.

It also sets ``doc._.body_end``: the character offset where page boilerplate
starts ("Related news", "Read also", "Leave a comment"...), so that the
states and officials listed there are not read as part of the communiqué.
"""

import json
import re
from importlib import resources

from canlp.components import doc_text


def _cue_patterns():
    """Two alternations (case-sensitive cues such as "TDH", the rest case-insensitive) and a map cue → state."""
    data = json.loads(resources.files("canlp").joinpath("data").joinpath("sources.json").read_text(encoding="utf-8"))
    exact, folded, states = [], [], {}
    for code, cues in data.items():
        if code.startswith("_"):
            continue
        for cue in cues:
            sensitive = cue.isupper() or cue in ("UzA",)
            (exact if sensitive else folded).append(re.escape(cue))
            states[cue if sensitive else cue.lower()] = code
    wrap = lambda parts, flags: re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(parts, key=len, reverse=True))})(?![\w])", flags)
    return wrap(exact, 0), wrap(folded, re.I), states


BOILERPLATE = re.compile(
    r"^[ \t]*(?:related(?: news| articles| stories| posts)?|read (?:also|more)|see also|other news|more news|"
    r"latest news|leave a (?:comment|reply)|subscribe|share this|tags?:)\b",
    re.I | re.M,
)


def body_end(text):
    r"""Offset of the first boilerplate line after the first 80 characters, or None.

    Example:
        >>> body_end("Tokayev met Putin in Moscow on Monday and discussed trade. " * 5 + "\nRelated news\nArmenia votes")
        296
    """
    match = BOILERPLATE.search(text, 80)
    return match.start() if match else None


class SourceState:
    """Set ``doc._.source_state`` from the caller or from source cues in the text."""

    def __init__(self, nlp, name="canlp_source"):
        self.name = name
        self.exact, self.folded, self.states = _cue_patterns()

    def infer(self, text):
        """The ISO3 code of the publishing state named by cues in ``text``, or None.

        Example:
            >>> SourceState(None).infer("ASTANA. KAZINFORM – The Head of State received ...")
            'KAZ'
        """
        best = None
        for part, offset in ((text[:600], 0), (text[-300:], len(text))):
            for pattern in (self.exact, self.folded):
                match = pattern.search(part)
                if match and (best is None or match.start() + offset < best[0]):
                    cue = match.group(0)
                    best = (match.start() + offset, self.states.get(cue) or self.states.get(cue.lower()))
        return best[1] if best else None

    def __call__(self, doc):
        text = doc_text(doc)
        if not doc._.source_state:
            doc._.source_state = self.infer(text)
        doc._.body_end = body_end(text)
        return doc
