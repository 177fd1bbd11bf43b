"""``canlp_source``: which state's official source published the text.

The caller may set ``doc._.source_state`` (an ISO3 code) before the pipeline
runs; otherwise it is read from cues in the first lines and the last line of
the text: agency and presidency names ("KAZINFORM", "(UzA)", "/Khovar/",
"TDH", "Akorda press service") listed in ``data/sources.json``. It lets "the
Head of State" in a Kazakh release mean Kazakhstan's president.
"""

import json
import re
from importlib import resources


def _cue_patterns():
    data = json.loads(resources.files("canlp").joinpath("data").joinpath("sources.json").read_text(encoding="utf-8"))
    patterns = []
    for code, cues in data.items():
        if code.startswith("_"):
            continue
        for cue in cues:
            flags = 0 if (cue.isupper() or cue in ("UzA",)) else re.I
            patterns.append((re.compile(rf"(?<![\w.]){re.escape(cue)}(?![\w])", flags), code))
    return patterns


class SourceState:
    """Set ``doc._.source_state`` from the caller or from source cues in the text."""

    def __init__(self, nlp, name="canlp_source"):
        self.name = name
        self.patterns = _cue_patterns()

    def infer(self, text):
        """The ISO3 code of the publishing state named by cues in ``text``, or None.

        Example:
            >>> SourceState(None).infer("ASTANA. KAZINFORM – The Head of State received ...")
            'KAZ'
        """
        head = text[:400]
        tail = text[-300:]
        best = None
        for pattern, code in self.patterns:
            for part, offset in ((head, 0), (tail, len(text))):
                match = pattern.search(part)
                if match and (best is None or match.start() + offset < best[0]):
                    best = (match.start() + offset, code)
        return best[1] if best else None

    def __call__(self, doc):
        if not doc._.source_state:
            doc._.source_state = self.infer(doc.text)
        return doc
