"""``canlp_participants``: who took part in the reported interaction, and what follows from it.

An official is a **participant** when at least one of their mentions is
neither recalled ("the late President Islam Karimov", "former", "earlier",
"last year") nor a greeting passed on to a third person ("asked to convey his
greetings to President Putin"), and sits where readouts name the parties: the
headline, the lead (first two sentences of the body), or a sentence with an
interaction cue ("held talks", "telephone conversation", "sent a message").
A lone official of one state with nobody from another state is not an
interaction: such a text has no participants (a domestic event), unless
several officials of that state meet each other. When the modality model
(``canlp_classify``, if in the pipeline) finds that the text reports no
interaction (``none`` with probability of at least ``none_threshold``), the
officials of different states it names are mentions, not participants.

Sets plain data on the Doc: ``participants`` (name, role, state, in_kb,
spans' character offsets), ``participant_states``, ``mentioned_states``,
``format``, ``level``, ``intraregional``; participant spans go to
``doc.spans["canlp_participants"]``.
"""


import numpy as np

from spacy.tokens import Span
from spacy.util import filter_spans

from canlp.components import doc_text, token_lower
from canlp.components.states import mentioned_states
from canlp.labels import ROLE_RANK, format_of, is_intraregional, level_of
from canlp.paths import data_json

SPAN_KEY = "canlp_participants"


def _load_cues():
    return data_json("cues.json")


class _LazySentences:
    """Sentence index → its lower-case words, built on first use."""

    def __init__(self, bounds, words):
        self.bounds, self.words, self.cache = bounds, words, {}

    def get(self, sentence, default=()):
        if sentence not in self.bounds:
            return default
        if sentence not in self.cache:
            first, end = self.bounds[sentence]
            self.cache[sentence] = self.words[first:end]
        return self.cache[sentence]

    def word_set(self, sentence):
        key = ("set", sentence)
        if key not in self.cache:
            self.cache[key] = frozenset(self.get(sentence))
        return self.cache[key]


class _Cues:
    """A word list from ``cues.json``: exact words, and prefixes for entries ending in '*'."""

    def __init__(self, words):
        self.exact = frozenset(w for w in words if not w.endswith("*"))
        self.prefixes = tuple(w[:-1] for w in words if w.endswith("*"))

    def __call__(self, word):
        return word in self.exact or (bool(self.prefixes) and word.startswith(self.prefixes))

    def any(self, words):
        """True when one of ``words`` (a set, for speed) is a cue."""
        if not self.exact.isdisjoint(words):
            return True
        return bool(self.prefixes) and any(w.startswith(self.prefixes) for w in words)


class Participants:
    """Decide participants among ``doc._.officials``; see the module docstring."""

    def __init__(self, nlp, name="canlp_participants", lead_sentences=2, none_threshold=0.8):
        self.name = name
        self.lead_sentences = lead_sentences
        self.none_threshold = none_threshold
        cues = _load_cues()
        self.is_interaction = _Cues(cues["interaction"])
        self.is_recall = _Cues(cues["recall"])
        self.recall_before = set(cues["recall_before"])
        self.is_convey = _Cues(cues["convey"])
        self.is_future = _Cues(cues["future"])
        self.is_past_interaction = _Cues(cues["past_interaction"])
        self.greeting_nouns = set(cues["greeting_nouns"])
        self.convey_verbs = set(cues["convey_verbs"])
        self._end_hashes = np.array([nlp.vocab.strings.add(p) for p in (".", "!", "?")], dtype="uint64")

    def _sentences(self, doc, text):
        """Sentence index of each token; the headline (a short first line without a full stop) is -1.

        A sentence ends at ".", "!", "?" or a line break. A sentence of fewer
        than four tokens (a dateline such as "BURABAY.") is counted with the
        one that follows it. Computed on token arrays, without iterating over
        Token objects (no sentencizer needed).
        """
        n = len(doc)
        first_line_end = text.find("\n")
        headline_tokens = 0
        if first_line_end > 0:
            line = text[:first_line_end].strip()
            if line and len(line) < 200 and not line.endswith(".") and len(text) > first_line_end + 20:
                headline_tokens = int((doc.to_array("IDX") < first_line_end).sum())
        arrays = doc.to_array(["ORTH", "IS_SPACE"])
        orth, space = arrays[:, 0], arrays[:, 1]
        is_end = np.isin(orth, self._end_hashes) | (space == 1)
        index = [-1] * headline_tokens
        sentence, length = 0, 0
        for i in range(headline_tokens, n):
            if i > headline_tokens and is_end[i - 1] and not is_end[i] and length >= 4:
                sentence, length = sentence + 1, 0
            length += 1
            index.append(sentence)
        return index

    def __call__(self, doc):
        officials = doc._.officials or []
        text = doc_text(doc)
        lowers = token_lower(doc)
        sent_of = self._sentences(doc, text) if len(doc) else []
        bounds = {}
        for i, sentence in enumerate(sent_of):
            first, _ = bounds.get(sentence, (i, i))
            bounds[sentence] = (first, i + 1)
        sentences = _LazySentences(bounds, lowers)
        persons = {}
        for m in officials:
            persons.setdefault((m["name"], m["state"]), []).append(m)

        chosen = []
        for (name, state), mentions in persons.items():
            if self._takes_part(doc, text, lowers, mentions, sent_of, sentences):
                best = min(mentions, key=lambda m: (m["kind"] == "name", ROLE_RANK.get(m["role"], 9)))
                chosen.append(
                    {
                        "name": name,
                        "role": best["role"],
                        "state": state,
                        "in_kb": bool(best["in_kb"]),
                        "spans": [[m["start_char"], m["end_char"]] for m in mentions],
                        "_first": min(m["start_char"] for m in mentions),
                    }
                )
        states = {p["state"] for p in chosen if p["state"]}
        if len(states) < 2 and len(chosen) < 2:
            chosen = []
        if (
            doc._.modality_scores
            and doc._.modality_scores.get("none", 0.0) >= self.none_threshold
            and len(states) >= 2
            and not self._states_interact(chosen, sent_of, sentences, officials)
        ):
            chosen = []  # the text reports no interaction between states (analysis, domestic news, an announcement)
        chosen.sort(key=lambda p: p.pop("_first"))
        participant_states = sorted({p["state"] for p in chosen if p["state"]})
        doc._.participants = chosen
        doc._.participant_states = participant_states
        doc._.mentioned_states = mentioned_states(doc)
        doc._.format = format_of(participant_states)
        doc._.level = level_of([p["role"] for p in chosen])
        doc._.intraregional = is_intraregional(participant_states)
        spans = []
        for m in officials:
            if any(p["name"] == m["name"] and p["state"] == m["state"] for p in chosen):
                spans.append(Span(doc, m["token_start"], m["token_end"], label=m["role"], kb_id=m["name"]))
        doc.spans[SPAN_KEY] = filter_spans(spans)
        return doc

    def _takes_part(self, doc, text, lowers, mentions, sent_of, sentences):
        if any(m["in_office"] is False and m.get("former") for m in mentions) and not any(m["in_office"] for m in mentions):
            return False  # left office before the date: recalled, not taking part
        text = text.rstrip()
        last_line_start = text.rfind("\n") + 1
        for m in mentions:
            if last_line_start > 0 and m["start_char"] >= last_line_start and len(text) - last_line_start < 120:
                return True  # the signature of a letter or telegram
            start = m["token_start"]
            before = lowers[max(0, start - 3):start]
            if any(w in self.recall_before for w in before[-2:]):
                continue
            if self._conveyed(lowers, start) or self._greetings_of(lowers, start, sent_of):
                continue
            if self._after_greetings_verb(lowers, start, sent_of, sentences) or self._on_behalf_of(lowers, start):
                continue
            sentence = sent_of[start]
            word_set = sentences.word_set(sentence)
            if self.is_future.any(word_set) and not self.is_past_interaction.any(word_set):
                continue  # an announcement: "will pay a visit", "is expected to meet"
            recalled = self.is_recall.any(word_set)
            if sentence == -1 or 0 <= sentence < self.lead_sentences:
                return True
            if not recalled and self.is_interaction.any(word_set):
                return True
        return False

    def _states_interact(self, chosen, sent_of, sentences, officials):
        """True when officials of two states share a sentence with a past interaction verb ("held talks")."""
        by_sentence = {}
        names = {(p["name"], p["state"]) for p in chosen}
        for m in officials:
            if (m["name"], m["state"]) in names and m["state"]:
                by_sentence.setdefault(sent_of[m["token_start"]], set()).add(m["state"])
        return any(
            len(states) >= 2 and self.is_past_interaction.any(sentences.word_set(sentence))
            for sentence, states in by_sentence.items()
        )

    def _after_greetings_verb(self, lowers, start, sent_of, sentences):
        """True for an official named after 'conveyed (the) greetings ...' in the same sentence: the
        sender or addressee of passed-on regards, however long the chain of titles before the name."""
        sentence = sent_of[start]
        words = sentences.word_set(sentence)
        if self.greeting_nouns.isdisjoint(words) or self.convey_verbs.isdisjoint(words):
            return False
        first = start
        while first > 0 and sent_of[first - 1] == sentence:
            first -= 1
        before = lowers[first:start]
        return any(w in self.convey_verbs for w in before) and any(w in self.greeting_nouns for w in before)

    @staticmethod
    def _on_behalf_of(lowers, start):
        """True for 'on behalf of (the President) X'."""
        window = lowers[max(0, start - 6):start]
        return any(window[i:i + 3] == ["on", "behalf", "of"] for i in range(len(window) - 2))

    @staticmethod
    def _greetings_of(lowers, start, sent_of):
        """True for 'conveyed the greetings of President X', 'greetings from X' (X does not take part)."""
        first = start
        while first > 0 and start - first < 4 and sent_of[first - 1] == sent_of[start]:
            first -= 1
        words = lowers[first:start]
        return ("of" in words or "from" in words) and any(
            w in ("greetings", "regards", "wishes", "salutations") for w in words
        )

    def _conveyed(self, lowers, start):
        """True for 'convey (his) greetings/best wishes to <official>'."""
        i = start - 1
        while i >= 0 and lowers[i] in ("the", "president", "prime", "minister", "his", "her", ",") and start - i < 5:
            i -= 1
        if i < 0 or lowers[i] != "to":
            return False
        window = lowers[max(0, i - 6):i]
        return any(self.is_convey(w) for w in window)
