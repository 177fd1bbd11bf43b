"""Text views that the classifiers read: the whole text and its lead.

Readouts name the reported event in the headline and the first sentences;
later paragraphs often recall earlier events ("the state visit in April").
Giving the modality model the lead as a separate view lets it weigh the
headline event above what the text merely recalls.
"""

import re

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“(])")


def split_lead(text, sentences=2):
    """The headline (a short first line) plus the first ``sentences`` sentences of the body.

    Example:
        >>> split_lead("Leaders talk\\n\\nASTANA. KAZINFORM – Tokayev called Mirziyoyev. They discussed trade. "
        ...            "Earlier, the state visit took place.")
        'Leaders talk\\nASTANA. KAZINFORM – Tokayev called Mirziyoyev. They discussed trade.'
    """
    text = text.strip()
    head, _, body = text.partition("\n")
    headline = ""
    if body and len(head) < 200 and not head.rstrip().endswith("."):
        headline, text = head.strip(), body.strip()
    parts = [p for p in SENTENCE_END.split(text) if p.strip()]
    lead, count = [], 0
    for part in parts:
        lead.append(part.strip())
        if len(part.split()) >= 3:  # a dateline such as "ASTANA." is not a sentence
            count += 1
        if count >= sentences:
            break
    return "\n".join(x for x in (headline, " ".join(lead)) if x)


def frame(texts):
    """A DataFrame with the ``text`` and ``lead`` columns the classifiers take."""
    import pandas as pd

    texts = [t if isinstance(t, str) else "" for t in texts]
    return pd.DataFrame({"text": texts, "lead": [split_lead(t) for t in texts]})
