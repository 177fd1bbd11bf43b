"""``canlp_states``: mentions of states and international organisations.

Country names, official long names, adjectives and demonyms, former names and
capitals are matched with spaCy's PhraseMatcher: case-insensitively, except
acronyms and dotted forms ("US", "U.S.", "UK", "EU"), which must match their
case so that "us" is not the United States. Possessives ("Uzbekistan's") and
hyphenated pairs ("Kazakh-Uzbek", "Kyrgyz–Tajik") fall out of the English
tokenizer. A capital counts as a mention of its state only where it stands for
the government ("talks between Astana and Dushanbe", "Moscow's position"), not
where it is only the venue ("arrived in Tashkent", a dateline).

Spans go to ``doc.spans["canlp_states"]`` with label ``STATE`` or ``ORG`` and
``kb_id_`` the ISO 3166-1 alpha-3 code (or the organisation's acronym); spans
of capitals used as venues are kept under label ``VENUE`` so a reader can see
them too, and regions that hold a state's name ("North America", "Indian Ocean")
under ``REGION``: they mention no state.
"""

import re
from typing import NamedTuple

from canlp.components import (
    PhraseTable,
    longest_matches,
    make_spans,
    phrase_tokens,
    token_lower,
    token_text,
)
from canlp.components.patterns import PatternComponent
from canlp.paths import data_json

SPAN_KEY = "canlp_states"
#: user_data key of the mentions as plain tuples (a cache, dropped by canlp_participants).
MENTIONS_KEY = "canlp_state_mentions"


class StateMention(NamedTuple):
    """A state or organisation mention with the attribute names of a Span."""

    start: int
    end: int
    label_: str
    kb_id_: str
CAPITAL_GOVERNMENT_NEXT = {
    "'s", "’s", "has", "have", "had", "is", "was", "were", "are", "said", "says", "says", "wants", "want",
    "supports", "supported", "agreed", "agree", "insists", "insisted", "believes", "believed", "will", "would",
    "can", "could", "should", "may", "might", "must", "announced", "hopes", "hoped", "expects", "expected",
    "considers", "considered", "sees", "saw", "views", "viewed", "seeks", "sought", "rejected", "welcomed",
    "proposed", "offered", "signed", "responded", "reacted", "stressed", "called", "urged", "refused",
}
CAPITAL_GOVERNMENT_PREV = {"between", "with", "and", "by", "from", "to"}


def _is_case_sensitive(form):
    """Acronyms and dotted abbreviations must match their case ("US" is not "us")."""
    letters = re.sub(r"[^A-Za-z]", "", form)
    return "." in form or (letters.isupper() and len(letters) <= 5)


def build_patterns(kb):
    """Patterns ``{"form", "code", "kind", "label"}`` for every state and organisation surface form."""
    patterns = []
    seen = set()

    def add(form, code, kind, label):
        key = (form, code, kind)
        if form and key not in seen:
            seen.add(key)
            patterns.append({"form": form, "code": code, "kind": kind, "label": label})
            if "'" in form and not form.endswith("'s"):
                # "People’s Republic of China", "Côte d’Ivoire": the typographic apostrophe too (a possessive
                # "Kazakhstan's" is read as the state and its "’s" by the rules that read possessives)
                add(form.replace("'", "’"), code, kind, label)

    for state in kb.states.values():
        for form in state.names:
            add(form, state.code, "name", "STATE")
        for form in state.adjectives + state.demonyms:
            add(form, state.code, "adjective", "STATE")
        for form in state.former_names:
            add(form, state.code, "former_name", "STATE")
        for form in state.capitals:
            add(form, state.code, "capital", "STATE")
    for org in kb.organisations.values():
        for form in org.names + org.adjectives:
            add(form, org.code, "name", "ORG")
    for form in data_json("states.json").get("regions", []):
        add(form, "", "region", "REGION")  # "North America" is longer than "America", and no mention of a state
    return patterns


class StateMentions(PatternComponent):
    """Find state and organisation mentions; see the module docstring."""

    build = staticmethod(build_patterns)

    def __init__(self, nlp, name="canlp_states", patterns=None):
        super().__init__(nlp, name, patterns)

    def set_patterns(self, patterns):
        self.patterns = list(patterns)
        self.lower = PhraseTable(self.nlp, "LOWER")
        self.exact = PhraseTable(self.nlp, "ORTH")
        for i, pattern in enumerate(self.patterns):
            table = self.exact if _is_case_sensitive(pattern["form"]) else self.lower
            table.add(f"p{i}", phrase_tokens(self.nlp, pattern["form"]), pattern)
        self.lower.finish()
        self.exact.finish()

    def _phrase_matches(self, doc):
        """``[(start, end, pattern)]``: the case-insensitive matches, then the case-sensitive ones."""
        return self.lower(doc) + self.exact(doc)

    def __call__(self, doc):
        matches = self._phrase_matches(doc)
        tx = token_text(doc)
        lw = token_lower(doc)
        n = len(doc)
        # plain tuples, Spans only for the mentions kept: a Span costs a few µs to build and to read
        result = []
        for start, end, pattern in longest_matches(matches):
            label = pattern["label"]
            if pattern["kind"] == "capital" and not self._capital_is_government(doc, start, end):
                label = "VENUE"
            elif label == "STATE" and end < n and self._inside_longer_name(doc, tx, start, end):
                continue
            elif end < n and lw[end] in ("dollar", "dollars", "cents") and pattern["code"] == "USA":
                continue  # "US dollars" is a currency
            result.append(StateMention(start, end, label, pattern["code"]))
        doc.spans[SPAN_KEY] = make_spans(doc, result)
        # the same mentions as plain tuples for canlp_officials and canlp_participants: iterating a
        # SpanGroup builds new Span objects every time
        doc.user_data[MENTIONS_KEY] = result
        return doc

    @staticmethod
    def _inside_longer_name(doc, tx, start, end):
        """'Georgia' in 'Georgia Tech' or 'America' in 'Central America' is not the state: skip
        only the clearest cases, a state name glued to a following capitalised 'Tech/University', and a
        news outlet's name in a wire credit ("UrduPoint / Pakistan Point News / WAM")."""
        if tx[end] == "Point" and end + 1 < len(tx) and tx[end + 1] == "News":
            return True
        return tx[end] in {"University", "Tech", "Airlines"} and doc[start:end].text in {"Georgia"}

    @staticmethod
    def _capital_is_government(doc, start, end):
        nxt = doc[end].lower_ if end < len(doc) else ""
        if start <= 2 and (doc[start].text.isupper() or nxt in (",", ".", "--", "-", "–", "—")):
            return False  # a dateline: "TASHKENT, March 3 (UzA)"
        if nxt in ("'s", "’s"):
            return True
        if start == 0:
            return nxt in CAPITAL_GOVERNMENT_NEXT
        prev = doc[start - 1].lower_
        if nxt in CAPITAL_GOVERNMENT_NEXT:
            return prev not in {"in", "at", "to", "from", "into", "near", "via", "visited"} or nxt in {"'s", "’s"}
        if prev in {"between"}:
            return True
        if prev == "and" and start >= 2:
            before = doc[start - 2]
            return before.ent_type_ == "" and before.text[:1].isupper() and doc[start - 3].lower_ == "between"
        return False


def state_mentions(doc):
    """The state and organisation mentions of a Doc as :class:`StateMention` tuples."""
    cached = doc.user_data.get(MENTIONS_KEY)
    if cached is not None:
        return cached
    return [StateMention(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans.get(SPAN_KEY, [])]


def mentioned_states(doc):
    """ISO3 codes of the states a Doc names (sorted), from ``doc.spans["canlp_states"]``."""
    return sorted({s.kb_id_ for s in state_mentions(doc) if s.label_ == "STATE"})


__all__ = ["StateMentions", "StateMention", "build_patterns", "mentioned_states", "state_mentions", "SPAN_KEY"]
