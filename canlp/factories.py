"""spaCy factories of canlp's components and the Doc extensions they fill.

Registered through the ``spacy_factories`` entry point (see pyproject.toml),
so ``spacy.load()`` of a saved canlp pipeline works without importing canlp.
No ``from __future__ import annotations`` here: spaCy validates factory
signatures with pydantic.
"""

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from canlp.components.classify import Classify
from canlp.components.dates import EventDate
from canlp.components.officials import OfficialMentions
from canlp.components.participants import Participants
from canlp.components.source import SourceState
from canlp.components.states import StateMentions

#: Doc extensions (all plain data: strings, lists, dicts; never Span objects).
DOC_EXTENSIONS = {
    "date": None,
    "date_source": None,
    "source_state": None,
    "body_end": None,
    "officials": None,
    "participants": None,
    "participant_states": None,
    "mentioned_states": None,
    "format": None,
    "level": None,
    "intraregional": None,
    "modality": None,
    "themes": None,
    "modality_scores": None,
    "theme_scores": None,
}


def register_extensions():
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


@Language.factory("canlp_source", assigns=["doc._.source_state", "doc._.body_end"])
def make_source(nlp: Language, name: str):
    return SourceState(nlp, name)


@Language.factory("canlp_date", assigns=["doc._.date", "doc._.date_source"])
def make_date(nlp: Language, name: str):
    return EventDate(nlp, name)


@Language.factory("canlp_states", assigns=["doc.spans"])
def make_states(nlp: Language, name: str):
    return StateMentions(nlp, name)


@Language.factory("canlp_officials", assigns=["doc._.officials", "doc.spans"])
def make_officials(nlp: Language, name: str):
    return OfficialMentions(nlp, name)


@Language.factory(
    "canlp_classify",
    assigns=["doc._.modality", "doc._.themes", "doc._.modality_scores", "doc._.theme_scores"],
    default_config={"models": None},
)
def make_classify(nlp: Language, name: str, models: Optional[str]):
    return Classify(nlp, name, models=models)


@Language.factory(
    "canlp_participants",
    assigns=[
        "doc._.participants", "doc._.participant_states", "doc._.mentioned_states",
        "doc._.format", "doc._.level", "doc._.intraregional", "doc.spans",
    ],
    default_config={"lead_sentences": 2, "none_threshold": 0.8},
)
def make_participants(nlp: Language, name: str, lead_sentences: int, none_threshold: float):
    return Participants(nlp, name, lead_sentences=lead_sentences, none_threshold=none_threshold)
