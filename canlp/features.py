"""Text views that the classifiers read, built so that what the models learn carries over to real readouts.

The corpus was written by the team; real readouts (agency wires, presidency
pages, foreign ministries) differ in everything but the cues that matter.
So the views the models see are chosen to hold the cues and drop the rest:

- **Lead** (:func:`lead_parts`): the headline and the first sentences of the
  body, after page furniture (menus, timestamps, view counters, "Accessibility
  links") is skipped, capped in length. Readouts name the reported event up
  front; later paragraphs recall earlier events ("the state visit in April").
  The *event sentence* is the first of the opening sentences with an
  interaction cue, wherever furniture or a byline pushed it.
- **Masking** (:func:`mask`): names of states become ``statex``, other
  capitalised words (people, places, agencies, months) ``namex``, numbers
  ``0``. A model that saw "Wang Yi" mostly in videoconferences must not call
  every Wang Yi meeting a video call.
- **Stems** (:func:`stems`): words cut to their first six letters
  ("telephonic" and "telephone" both ``teleph``), a cheap stand-in for
  character n-grams, which cost more than the whole spaCy pipeline.
- **Lexicon hits** (:class:`Lexicon`): the cue words and theme keywords of
  ``data/keywords.json`` (the keyword baseline's lexicon) found in the text, as
  tokens the models weigh: ``head_phone_call`` (a phone cue in the headline),
  ``lead_states_2`` (two states named in the lead), ``lex_energy_2`` (two or
  more energy keywords), ``kw_pipeline*`` (that keyword).

:func:`frame` assembles them as the columns of a DataFrame; the pipelines in
:mod:`canlp.classifiers` pick their columns with stock scikit-learn
vectorisers, so saving and loading needs no custom code.
"""

import functools
import re
from itertools import compress, filterfalse

try:  # Counter's C counting loop, without making a Counter (a private name of collections)
    from collections import _count_elements as count_elements
except ImportError:  # pragma: no cover - another Python without it: the same counts, in Python
    def count_elements(mapping, iterable):
        """Add one to ``mapping[item]`` for every item of ``iterable`` (as ``Counter.update`` counts)."""
        get = mapping.get
        for item in iterable:
            mapping[item] = get(item, 0) + 1

from canlp.components.source import body_end
from canlp.paths import data_json

#: A sentence ends at . ! ? before a capital; also without a space after a word of 3+ lower-case
#: letters ("heights.China", as scraped pages glue paragraphs) but not inside "U.S." or "Sh.M.".
SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3}[.!?])[\"”’)]?\s*|(?<=[.!?])[\"”’)]?\s+)(?=[A-Z\"“(])")
#: The same sentence ends, found from their full stop (the match starts at the . ! ? instead of after
#: it): the search then only stops at those marks rather than trying two look-behinds at every character.
SENTENCE_STOP = re.compile(r"[.!?](?:(?<=[a-z]{3}[.!?])[\"”’)]?\s*|[\"”’)]?\s+)(?=[A-Z\"“(])")
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: Three words of :data:`LETTER_WORD` (maximal runs of two or more letters), found as
#: ``len(LETTER_WORD.findall(line)) >= 3`` finds them but without reading the rest of the line: each
#: run starts where no letter precedes it and is taken whole (possessive ``{2,}+``), so two matches
#: never come from one run.
THREE_LETTER_WORDS = re.compile(r"(?:.*?(?<![^\W\d_])[^\W\d_]{2,}+){3}", re.DOTALL)
FURNITURE_MARKS = "•·*>|+↺"
#: The last word of a menu line that links to a social network account.
SOCIAL_NETWORKS = {"facebook", "instagram", "twitter", "youtube", "telegram", "linkedin", "tiktok", "vkontakte", "whatsapp", "flickr"}
#: A page's time stamp before its first line ("date 2015-09-28 ASTANA. KAZINFORM ..."): no words of the lead.
PAGE_STAMP = re.compile(r"^date \d{4}-\d{2}-\d{2}\b\s*")
LEAD_WORDS = 70
EVENT_SENTENCES = 6
#: Only the opening of a text is read for the lead and the event sentence.
OPENING_CHARS = 2500


def content_lines(text, limit=None):
    """The lines of ``text`` that carry prose (up to about ``limit`` characters): page furniture is skipped.

    A line is furniture when it has fewer than three words of letters
    (timestamps, view counters, "Log in", "Breaking News"), is a short
    menu or bullet line, or a short link to a social network account.

    Example:
        >>> content_lines("09:56 / 22.07.2023\\n10963\\n  • Events\\nLeaders meet in Dushanbe\\nThe talks began.")
        ['Leaders meet in Dushanbe', 'The talks began.']
        >>> content_lines("1. Ministry of Foreign Affairs, Republic of Korea facebook\\nThe ministers met in Seoul.")
        ['The ministers met in Seoul.']
    """
    lines, size = [], 0
    for line in text.splitlines():
        line = PAGE_STAMP.sub("", line.strip(), count=1) if not lines else line.strip()
        if THREE_LETTER_WORDS.match(line, 0, 200) is None:  # fewer than three words in its first 200 characters
            continue
        if line[0] in FURNITURE_MARKS and len(line) < 80:
            continue
        if len(line) < 100 and line.rsplit(None, 1)[-1].lower() in SOCIAL_NETWORKS:
            continue  # "2. Ministry of Foreign Affairs, Republic of Korea instagram": a link to the ministry's account
        lines.append(line)
        size += len(line)
        if limit and size >= limit:
            break
    return lines


def iter_sentences(text):
    """The sentences of ``text``, stripped, none empty, one at a time (as ``SENTENCE_END.split`` cuts)."""
    start = 0
    for match in SENTENCE_STOP.finditer(text):
        part = text[start:match.start() + 1].strip()  # up to and with the stop mark
        start = match.end()
        if part:
            yield part
    part = text[start:].strip()
    if part:
        yield part


def lead_parts(text, sentences_in_lead=2):
    """``(headline, lead, event)`` of a text.

    ``headline`` is a short first content line that does not end with a full
    stop; ``lead`` the first ``sentences_in_lead`` sentences of the body (a
    dateline such as "ASTANA." does not count), at most ``LEAD_WORDS`` words;
    ``event`` the first of the opening sentences with an interaction cue.

    Example:
        >>> lead_parts("Log in\\nLeaders talk trade\\n\\nASTANA. KAZINFORM – The presidents spoke. "
        ...            "They discussed trade. Earlier, they held a phone call.")
        ('Leaders talk trade', 'ASTANA. KAZINFORM – The presidents spoke. They discussed trade.', 'Earlier, they held a phone call.')
    """
    lines = content_lines(text, limit=OPENING_CHARS)
    if not lines:
        return "", "", ""
    headline = ""
    if len(lines) > 1 and len(lines[0]) < 200 and not lines[0].endswith("."):
        headline, lines = lines[0], lines[1:]
    # only as many sentences as the lead and the event need are cut (most of a text's cost here)
    body, lead, count, words = [], [], 0, 0
    for sentence in iter_sentences(" ".join(lines)[:OPENING_CHARS]):
        body.append(sentence)
        if count < sentences_in_lead and words < LEAD_WORDS:
            lead.append(sentence)
            size = len(sentence.split())
            words += size
            if size >= 3:
                count += 1
        elif len(body) >= EVENT_SENTENCES:
            break
    event = next((s for s in body[:EVENT_SENTENCES] if MODALITY_CUES.found_in(s)), "")
    return headline, " ".join(" ".join(lead).split()[:LEAD_WORDS]), " ".join(event.split()[:50])


def split_lead(text, sentences=2):
    """The headline (if any) and the lead of ``text`` as one string, page furniture skipped.

    Example:
        >>> split_lead("Leaders talk trade\\n\\nASTANA. KAZINFORM – Tokayev called Mirziyoyev. They discussed trade. "
        ...            "Earlier, the state visit took place.")
        'Leaders talk trade\\nASTANA. KAZINFORM – Tokayev called Mirziyoyev. They discussed trade.'
    """
    headline, lead, _ = lead_parts(text, sentences)
    return "\n".join(x for x in (headline, lead) if x)


# ----------------------------------------------------------------------------- masking


def _state_words():
    """Capitalised words that name a state ("Kazakhstan", "Uzbek", "Kyrgyzstan's") → ISO3 code."""
    generic = {"Republic", "Democratic", "People's", "Islamic", "Federation", "Kingdom", "State", "States",
               "United", "Arab", "Emirates", "South", "North", "New", "Federal", "Socialist", "Soviet", "SSR", "of", "the",
               # words of multi-word adjectives that are everyday words elsewhere ("Central Asian", "East Asia")
               "Central", "East", "West", "Saint", "Cape", "Cabo", "Islands", "Equatorial"}
    words = {}
    for code, entry in data_json("states.json")["states"].items():
        for key in ("names", "adjectives", "demonyms", "former_names"):
            for form in entry.get(key, []):
                for word in form.split():
                    if word[:1].isupper() and word not in generic:
                        words.setdefault(word, code)
    words.update({"USA": "USA", "U.S": "USA", "US": "USA", "UAE": "ARE"})
    return words


STATE_WORDS = _state_words()
#: Runs of capitalised words ("President Xi Jinping", "U.S", "Kyrgyzstan's"): a capital, then word
#: characters, apostrophes, hyphens and dots before a word character. (Written with ``[...]+`` inside
#: the repetition, which finds the same runs as one character per repetition, in half the time.)
CAPITALISED_RUN = re.compile(r"[A-Z](?:[\w'’\-]+|\.(?=\w))*(?:[ \t]+[A-Z](?:[\w'’\-]+|\.(?=\w))*)*")
SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"”’)]?\s*)$")
NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")


def _state_forms(words):
    """:data:`STATE_WORDS` with their possessives ("Kyrgyzstan's"), so that one look-up answers for a
    word with or without "'s" (a word that itself ends in "'s" is read as a possessive, so it is left out)."""
    forms = {word: code for word, code in words.items() if not word.endswith(("'s", "’s"))}
    for word, code in words.items():
        forms[word + "'s"] = forms[word + "’s"] = code
    return forms


STATE_FORMS = _state_forms(STATE_WORDS)


def _state_of(word):
    """The ISO3 code of a state word, possessive or not, or None."""
    return STATE_FORMS.get(word)


#: Masked capitalised runs by (run, the three characters before it): names, titles and the
#: punctuation before them recur, so most runs are masked by one look-up.
_MASKED_RUNS = {}


def _mask_run(match):
    text, start = match.string, match.start()
    before = text[max(0, start - 3):start]  # all that decides whether the run starts a sentence
    key = (match.group(0), before)
    masked = _MASKED_RUNS.get(key)
    if masked is None:
        if len(_MASKED_RUNS) > 100_000:  # bounded: arbitrary input must not grow it forever
            _MASKED_RUNS.clear()
        keep_first = start == 0 or SENTENCE_START.search(before) is not None
        masked = _MASKED_RUNS[key] = _masked_run(match.group(0), keep_first)
    return masked


def _masked_run(run, keep_first):
    """A capitalised run masked: state words ``statex``, the other words one ``namex`` per stretch;
    the first word kept if it starts a sentence (``keep_first``) and names no state."""
    out = []
    for i, word in enumerate(run.split()):
        if _state_of(word):
            token = "statex"
        elif i == 0 and keep_first:
            token = word  # "The", "On", "Chinese" at a sentence start: kept (states were taken above)
        else:
            token = "namex"
        if not (token == "namex" and out and out[-1] == "namex"):
            out.append(token)
    return " ".join(out)


def mask(text):
    """State names as ``statex``, other capitalised words as ``namex``, numbers as ``0``.

    Example:
        >>> mask("On 5 May President Xi Jinping met Uzbek President Shavkat Mirziyoyev in Beijing.")
        'On 0 namex met statex namex in namex.'
    """
    text = text.replace("United States", "USA")
    return CAPITALISED_RUN.sub(_mask_run, NUMBER.sub("0", text))


def states_named(text):
    """The ISO3 codes of states ``text`` names by a capitalised word ("Uzbek", "Kazakhstan's").

    Example:
        >>> sorted(states_named("Azerbaijani President Ilham Aliyev received his Turkmen counterpart."))
        ['AZE', 'TKM']
    """
    # the words of all runs at once (runs hold no outer spaces), looked up in C
    codes = set(map(STATE_FORMS.get, " ".join(CAPITALISED_RUN.findall(text)).split()))
    codes.discard(None)
    return codes


WORD = re.compile(r"[a-z]{2,}")
LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]{2,}")


def stems(text, length=6, lower_only=False):
    """Words cut to their first ``length`` letters, lower-cased; with ``lower_only``, only the words
    written in lower case (so names, and the first word of a sentence, are left out).

    Example:
        >>> stems("namex held a telephonic conversation with statex")
        'namex held teleph conver with statex'
        >>> stems("President Tokayev held a telephonic conversation", lower_only=True)
        'held teleph conver'
    """
    if length < 2:
        words = LOWER_WORD.findall(text) if lower_only else WORD.findall(text.lower())
        return " ".join(w[:length] for w in words)
    every_word, lower_words = _stem_patterns(length)
    return " ".join(lower_words.findall(text) if lower_only else every_word.findall(text.lower()))


@functools.lru_cache(maxsize=8)
def _stem_patterns(length):
    """:data:`WORD` and :data:`LOWER_WORD` with a group for a word's first ``length`` letters: the same
    words, cut by the regular expression (``[a-z]{2,6}`` then the rest of the word) rather than in Python."""
    stem = rf"([a-z]{{2,{length}}})[a-z]*"
    return re.compile(stem), re.compile(r"(?<![\w'’])" + stem)


# ----------------------------------------------------------------------------- lexicon


class Lexicon:
    """Entries of ``data/keywords.json`` (words, ``prefix*`` entries, phrases) found in a text, word by word.

    One pass over the lower-cased words with dictionary look-ups: much cheaper
    than one regular expression per label, which the models would have to run
    on every text.

    Example:
        >>> sorted(Lexicon({"energy": ["gas", "pipeline*", "power plant*"]}).hits("Gas pipelines, gas and power plants."))
        [('energy', 'gas'), ('energy', 'gas'), ('energy', 'pipeline*'), ('energy', 'power plant*')]
    """

    TOKEN = re.compile(r"[a-z0-9]+")
    #: Byte table for :meth:`words`: a-z and 0-9 kept, every other byte a space.
    TOKEN_BYTES = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for b in range(256))

    @classmethod
    def words(cls, text):
        """``TOKEN.findall(text.lower())``, in about half the time: in UTF-8 every byte of a character
        outside ASCII is 128 or more, so blanking all bytes but a-z and 0-9 leaves exactly the tokens
        separated by spaces, which ``split`` cuts in C.

        Example:
            >>> Lexicon.words("E-commerce, Türkiye's 5G")
            ['e', 'commerce', 't', 'rkiye', 's', '5g']
        """
        return text.lower().encode("utf-8", "surrogatepass").translate(cls.TOKEN_BYTES).decode("ascii").split()

    def __init__(self, entries):
        self.exact, self.prefixes, self.phrases = {}, {}, {}
        for label, words in entries.items():
            for entry in words:
                entry = entry.strip().lower()
                parts = self.TOKEN.findall(entry.rstrip("*"))
                if not parts:
                    continue
                prefix = entry.endswith("*")
                if len(parts) == 1:
                    (self.prefixes if prefix else self.exact).setdefault(parts[0], []).append((label, entry))
                else:
                    self.phrases.setdefault(parts[0], []).append((parts[1:], prefix, label, entry))
        self.prefix_lengths = sorted({len(p) for p in self.prefixes})
        # the words that can follow a phrase's first word (exact, or the prefix of a two-word ``prefix*``)
        self._next_words, self._next_prefixes = {}, {}
        for first, candidates in self.phrases.items():
            exact, prefixes = set(), []
            for words, prefix, _, _ in candidates:
                if prefix and len(words) == 1:
                    prefixes.append(words[0])
                else:
                    exact.add(words[0])
            self._next_words[first], self._next_prefixes[first] = frozenset(exact), tuple(prefixes)
        # words already looked up: those with entries (→ their entries) and those without
        self._cache, self._misses = {}, set()
        self._not_seen_miss = self._misses.__contains__

    def _word_hits(self, token):
        """The entries a word matches (exact word or ``prefix*``), remembered for the next texts."""
        found = list(self.exact.get(token, ()))
        for length in self.prefix_lengths:
            if length > len(token):
                break
            found.extend(self.prefixes.get(token[:length], ()))
        if len(self._cache) + len(self._misses) > 200_000:  # bounded: arbitrary input must not grow it forever
            self._cache.clear()
            self._misses.clear()
        if found:
            self._cache[token] = found
        else:
            self._misses.add(token)
        return found

    def _may_have_phrase(self, words):
        """Whether the set ``words`` may hold the first two words of a phrase entry (if not, no phrase
        can occur, and the word-by-word search of :meth:`_phrase_hits` is skipped; set operations in C).
        A first word with two-word ``prefix*`` phrases answers yes without looking for the prefix."""
        for first in self.phrases.keys() & words:
            if self._next_prefixes[first] or not self._next_words[first].isdisjoint(words):
                return True
        return False

    def _candidates(self, words):
        """The words of ``words`` not known to match nothing (in their order): most words of a text are
        skipped by one set look-up each, in C (``filterfalse``)."""
        return filterfalse(self._not_seen_miss, words)

    def hits(self, text):
        """``[(label, entry)]``, one pair for every occurrence of an entry (grouped by word, not in text order)."""
        tokens = self.words(text)
        return self.hits_of(tokens, counted(tokens))

    def hits_of(self, tokens, counts):
        """:meth:`hits` of a text given its :meth:`words` and their :func:`counted`."""
        found = []
        cache = self._cache
        for token in self._candidates(counts):
            word = cache.get(token)
            if word is None:
                word = self._word_hits(token)
            if word:
                found.extend(word * counts[token])
        if self._may_have_phrase(counts.keys()):
            found.extend(self._phrase_hits(tokens))
        return found

    def labels(self, text):
        """The set of labels with an entry in ``text`` (the labels of :meth:`hits`, cheaper)."""
        tokens = self.words(text)
        words = set(tokens)
        found = set()
        cache = self._cache
        for token in self._candidates(words):
            word = cache.get(token)
            if word is None:
                word = self._word_hits(token)
            found.update(label for label, _ in word)
        if self._may_have_phrase(words):
            found.update(label for label, _ in self._phrase_hits(tokens))
        return found

    def _phrase_hits(self, tokens, first_only=False):
        """Phrase entries in the token sequence, left to right without overlaps, the longest phrase
        starting at a word winning (with every entry of that length that matches there)."""
        phrases, next_words, next_prefixes = self.phrases, self._next_words, self._next_prefixes
        found, free, last = [], 0, len(tokens) - 1
        # the positions of words that start a phrase (compress(range, map) keeps the loop in C)
        for i in compress(range(len(tokens)), map(phrases.__contains__, tokens)):
            if i < free or i == last:
                continue
            first, second = tokens[i], tokens[i + 1]
            if second not in next_words[first] and not (next_prefixes[first] and second.startswith(next_prefixes[first])):
                continue  # no phrase of this first word goes on with this word (most places)
            best, best_length = [], 0
            for words, prefix, label, entry in phrases[first]:
                k = len(words)
                if k < best_length:
                    continue
                rest = tokens[i + 1:i + 1 + k]
                if len(rest) == k and rest[:-1] == words[:-1] and (
                    rest[-1].startswith(words[-1]) if prefix else rest[-1] == words[-1]
                ):
                    if k > best_length:
                        best, best_length = [], k
                    best.append((label, entry))
            if best:
                if first_only:
                    return best
                found.extend(best)
                free = i + 1 + best_length
        return found

    def found_in(self, text):
        """Whether any entry occurs in ``text``."""
        cache = self._cache
        tokens = self.words(text)
        for token in self._candidates(tokens):
            word = cache.get(token)
            if word is None:
                word = self._word_hits(token)
            if word:
                return True
        return self._may_have_phrase(set(tokens)) and bool(self._phrase_hits(tokens, first_only=True))


_KEYWORDS = data_json("keywords.json")
MODALITY_CUES = Lexicon(_KEYWORDS["modality"])
THEME_KEYWORDS = Lexicon(_KEYWORDS["themes"])
_MODALITY_LABELS = list(_KEYWORDS["modality"])
_THEME_LABELS = list(_KEYWORDS["themes"])

#: Vocabulary of the modality cue column: states named in the lead, modality cues in headline, lead, event sentence.
MODALITY_SIGNALS = (
    [f"lead_states_{n}" for n in range(4)]
    + [f"{part}_{m}" for part in ("head", "lead", "event") for m in _MODALITY_LABELS]
    + ["no_headline"]
)
#: Vocabulary of the theme lexicon columns: keyword counts per theme (1+, 2+, 4+), and each keyword.
THEME_SIGNALS = [f"lex_{t}{n}" for t in _THEME_LABELS for n in ("", "_2", "_4")]
KEYWORD_TOKENS = sorted({f"kw_{entry.strip().lower().replace(' ', '_')}" for words in _KEYWORDS["themes"].values() for entry in words})


def modality_signals(headline, lead, event):
    """Cue tokens of a text's opening (see :data:`MODALITY_SIGNALS`)."""
    tokens = [f"lead_states_{min(len(states_named(headline + chr(10) + lead)), 3)}"]
    for part, words in (("head", headline), ("lead", lead), ("event", event)):
        tokens.extend(f"{part}_{m}" for m in sorted(MODALITY_CUES.labels(words)))
    if not headline:
        tokens.append("no_headline")
    return " ".join(tokens)


def counted(tokens):
    """token → count, in order of first occurrence (as a Counter counts, without making one)."""
    counts = {}
    count_elements(counts, tokens)
    return counts


def theme_signals(text, words=None):
    """``(counts, keywords)``: per-theme keyword-count tokens and one token per keyword occurrence.
    ``words``: the text's ``(Lexicon.words, counted)``, if made already."""
    if words is None:
        tokens = Lexicon.words(text)
        words = (tokens, counted(tokens))
    hits = THEME_KEYWORDS.hits_of(*words)
    counts = {}
    for label, _ in hits:
        counts[label] = counts.get(label, 0) + 1
    tokens = [f"lex_{t}{s}" for t, n in counts.items() for s, least in (("", 1), ("_2", 2), ("_4", 4)) if n >= least]
    keywords = [f"kw_{entry.replace(' ', '_')}" for _, entry in hits]
    return " ".join(tokens), " ".join(keywords)


class Views(dict):
    """The views of one text (a dict of column → string), with ``analysed``: the token counts the
    scorers of :mod:`canlp.scorer` made of them, kept so that the modality and theme scorers count
    the tokens of a column they both read (``text_stems``) once. Do not change the strings after
    the first scoring."""

    __slots__ = ("analysed",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.analysed = {}


def views(text):
    """The views of one text that the classifiers read, as a dict of column → string.

    ``text`` (as given), ``lead`` (headline + lead), ``masked_lead``,
    ``lead_stems``, ``text_stems`` (of the words in lower case), ``cues``
    (:func:`modality_signals`), ``theme_lexicon`` and ``keywords``
    (:func:`theme_signals`).
    """
    text = text if isinstance(text, str) else ""
    end = body_end(text)
    if end is not None:
        text = text[:end]  # page boilerplate ("Related news", "Read also", tags) tells of other events
    headline, lead, event = lead_parts(text)
    full_lead = "\n".join(x for x in (headline, lead) if x)
    masked_lead = mask(full_lead)
    words = Lexicon.words(text)
    word_counts = counted(words)
    lexicon, keywords = theme_signals(text, (words, word_counts))
    result = Views(
        text=text,
        lead=full_lead,
        masked_lead=masked_lead,
        lead_stems=stems(masked_lead),
        text_stems=stems(text, lower_only=True),
        cues=modality_signals(headline, lead, event),
        theme_lexicon=lexicon,
        keywords=keywords,
    )
    if text.isascii() and "_" not in text:
        # here scikit-learn's word tokens of the lower-cased text (\w\w+) are the lexicon's words
        # ([a-z0-9]+) but the one-letter ones, which no vocabulary of that pattern holds: the counts
        # made for the lexicon serve the scorer blocks that read those tokens (the themes' words)
        result.analysed[TEXT_WORDS_KEY] = word_counts
    return result


#: The :attr:`canlp.scorer.Block.analysis_key` of a block of scikit-learn's default word tokens of the
#: text, lower-cased, one word per term (the theme model's ``words``).
TEXT_WORDS_KEY = ("text", r"(?u)\b\w\w+\b", True, (1, 1))


COLUMNS = ("text", "lead", "masked_lead", "lead_stems", "text_stems", "cues", "theme_lexicon", "keywords")


def frame(texts):
    """A DataFrame of :func:`views`, one row per text: what the scikit-learn pipelines are trained on."""
    import pandas as pd

    return pd.DataFrame([views(t) for t in texts], columns=list(COLUMNS))
