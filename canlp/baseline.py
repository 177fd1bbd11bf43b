"""Keyword baseline for modality and themes: lexicon rules only, kept as a yardstick.

Modality: the first modality (in the order of ``data/keywords.json``) whose cue
appears in the headline and lead; ``none`` if no cue does. Themes: every theme
with a keyword anywhere in the text.
"""

import re

from canlp.features import split_lead
from canlp.paths import data_json


def _compile(words):
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word.strip()))
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)


class KeywordBaseline:
    """Predict modality and themes from the lexicon alone."""

    def __init__(self):
        data = data_json("keywords.json")
        self.order = data["modality_order"]
        self.modality_cues = {m: _compile(words) for m, words in data["modality"].items()}
        self.theme_cues = {t: _compile(words) for t, words in data["themes"].items()}

    def modality(self, text):
        lead = split_lead(text)
        for modality in self.order:
            if self.modality_cues[modality].search(lead):
                return modality
        return "none"

    def themes(self, text):
        return sorted(t for t, cue in self.theme_cues.items() if cue.search(text))
