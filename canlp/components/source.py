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

import re

from canlp.components import doc_text, get_ext, set_ext
from canlp.paths import data_json

WORD = re.compile(r"\w+(?:\.\w+)*")


def _cue_index():
    """First word of each cue → [(cue words, case-sensitive?, state)]: cues are looked up word by word,
    which is much faster than one long regular-expression alternation."""
    data = data_json("sources.json")
    index = {}
    for code, cues in data.items():
        if code.startswith("_"):
            continue
        for cue in cues:
            sensitive = cue.isupper() or cue in ("UzA",)
            words = tuple(WORD.findall(cue if sensitive else cue.lower()))
            index.setdefault(words[0], []).append((words, sensitive, code))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest cue first
    return index


BOILERPLATE = re.compile(
    r"^[ \t]*(?:related(?: news| articles| stories| posts)?|read (?:also|more)|see also|other news|more news|"
    r"latest news|latest in|last news|leave a (?:comment|reply)|subscribe|share this|tags?:)\b",
    re.I | re.M,
)


def body_end(text):
    r"""Offset of the first boilerplate line after the first third of the text (and 80 characters), or None.

    Example:
        >>> body_end("Tokayev met Putin in Moscow on Monday and discussed trade. " * 5 + "\nRelated news\nArmenia votes")
        296
    """
    # not in the first third: a "Read also" link under the headline is page navigation, not the end
    match = BOILERPLATE.search(text, max(80, len(text) // 3))
    return match.start() if match else None


class SourceState:
    """Set ``doc._.source_state`` from the caller or from source cues in the text."""

    def __init__(self, nlp, name="canlp_source"):
        self.name = name
        self.index = _cue_index()

    def infer(self, text):
        """The ISO3 code of the publishing state named by cues in ``text``, or None.

        Example:
            >>> SourceState(None).infer("ASTANA. KAZINFORM – The Head of State received ...")
            'KAZ'
        """
        keys = self.index.keys()
        for part in (text[:600], text[-300:]):
            words = WORD.findall(part)
            folded = [w.lower() for w in words]
            # only the positions where a cue may start (a set lookup per word, in one comprehension)
            for k in [k for k, word in enumerate(words) if word in keys or folded[k] in keys]:
                word = words[k]
                for key, case in ((word, True), (folded[k], False)):
                    for cue, sensitive, code in self.index.get(key, ()):
                        if sensitive != case:
                            continue
                        seq = words if sensitive else folded
                        if tuple(seq[k:k + len(cue)]) == cue:
                            return code
        return None

    def __call__(self, doc):
        text = doc_text(doc)
        if not get_ext(doc, "source_state"):
            set_ext(doc, "source_state", self.infer(text))
        set_ext(doc, "body_end", body_end(text))
        return doc
