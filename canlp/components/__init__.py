"""spaCy components of canlp, one module per component; factories are in :mod:`canlp.factories`."""

import re

from spacy.tokens import Span

#: The header of a US diplomatic cable (as WikiLeaks published them), looked for in a text's first 3,000
#: characters: its lines are joined (:func:`canlp.pipeline.unwrap_cable`) and its "Ambassador" is its chief of
#: mission (:mod:`canlp.components.officials`).
CABLE_MARK = re.compile(r"\bSIPDIS\b|\bE\.\s?O\.\s?12958\b|C O N F I D E N T I A L|S E C R E T\b")


def is_cable(text, reach=3000):
    """True when ``text`` opens (first ``reach`` characters) with a diplomatic cable's header. Substring tests of
    what every match of :data:`CABLE_MARK` contains spare almost every text the regex."""
    head = text[:reach]
    return ("SIPDIS" in head or "12958" in head or "C O N F" in head or "S E C R E T" in head) and (
        CABLE_MARK.search(head) is not None
    )


def doc_text(doc):
    """``doc.text``, read once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("canlp_text")
    if text is None:
        text = doc.user_data["canlp_text"] = doc.text
    return text


def line_at(text, at):
    """The line of ``text`` that holds character ``at``, without its line break.

    Example:
        >>> line_at("Headline\\nThe talks began.\\nMore", 12)
        'The talks began.'
    """
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


#: user_data keys of the per-Doc token caches (plain lists), dropped by canlp_participants when it is done.
ORTH_KEY, LOWER_KEY, IDX_KEY = "canlp_orth", "canlp_lower", "canlp_idx"
CACHE_KEYS = (ORTH_KEY, LOWER_KEY, IDX_KEY)


def _token_lists(doc):
    # plain lists, built once per Doc and all at once: indexing a list is several times faster than
    # going through Token objects. The text of a token is cut from the Doc's text (its offset and length
    # from one to_array call): a look-up of each token's hash in a large dict (or the StringStore) costs
    # more, as such dicts are out of the processor's cache by the time a Doc reaches the components.
    # spaCy's LOWER is str.lower() of the text (spacy.lang.lex_attrs.lower).
    idx, length = doc.to_array(["IDX", "LENGTH"]).T.tolist() if len(doc) else ([], [])
    text = doc_text(doc)
    data = doc.user_data
    data[ORTH_KEY] = orth = [text[start:start + n] for start, n in zip(idx, length)]
    data[LOWER_KEY] = list(map(str.lower, orth))
    data[IDX_KEY] = idx


def _built(doc, key):
    _token_lists(doc)
    return doc.user_data[key]


# The three accessors below are called some thirty times per Doc: each checks its cache inline
# (built yet, and not stale after a retokenization) before calling anything.


def token_text(doc):
    """The tokens' text (ORTH) as a list of strings, cached on the Doc."""
    values = doc.user_data.get(ORTH_KEY)
    return values if values is not None and len(values) == len(doc) else _built(doc, ORTH_KEY)


def token_lower(doc):
    """The tokens' lower-case text (LOWER) as a list of strings, cached on the Doc."""
    values = doc.user_data.get(LOWER_KEY)
    return values if values is not None and len(values) == len(doc) else _built(doc, LOWER_KEY)


def token_offsets(doc):
    """The tokens' character offsets (IDX) as a list, cached on the Doc."""
    values = doc.user_data.get(IDX_KEY)
    return values if values is not None and len(values) == len(doc) else _built(doc, IDX_KEY)


def get_ext(doc, name):
    """``doc._.<name>`` for canlp's Doc extensions, read from ``doc.user_data`` where spaCy keeps it
    (``Underscore._get_key``): ``doc._`` builds a new object on every access, about 2 µs, and as much
    again per attribute. Only for plain values whose default is None (``canlp.factories.DOC_EXTENSIONS``)."""
    return doc.user_data.get(("._.", name, None, None))


def set_ext(doc, name, value):
    """``doc._.<name> = value`` through ``doc.user_data`` (see :func:`get_ext`)."""
    doc.user_data[("._.", name, None, None)] = value


def make_spans(doc, mentions):
    """Spans for ``(start, end, label, kb_id)`` tuples, label and kb_id given as strings.

    The strings are hashed here, once each: ``Span()`` given strings costs about three times as much."""
    add = doc.vocab.strings.add
    return [Span(doc, start, end, label=add(label), kb_id=add(kb_id)) for start, end, label, kb_id in mentions]


def _plain_words(tokenizer, form):
    """The tokens of ``form`` when it is ASCII words between single spaces that the tokenizer leaves
    whole (no special case, URL, prefix, suffix or infix in them), else None."""
    words = form.split(" ")
    rules = tokenizer.rules
    for word in words:
        if not (word.isascii() and word.isalpha()) or word in rules:
            return None
        for test in (tokenizer.url_match, tokenizer.token_match, tokenizer.prefix_search, tokenizer.suffix_search):
            if test is not None and test(word):
                return None
        if tokenizer.infix_finditer is not None and next(tokenizer.infix_finditer(word), None) is not None:
            return None
    return words


def phrase_tokens(nlp, form):
    """The token texts of ``nlp.make_doc(form)``; plain words are split without the tokenizer, which
    would create a vocabulary entry for each new word (most of the cost of building the matchers)."""
    words = _plain_words(nlp.tokenizer, form)
    return words if words is not None else [t.text for t in nlp.make_doc(form)]


class PhraseTable:
    """Many phrases in one spaCy ``PhraseMatcher`` under a single match key, each phrase with the
    payloads of the patterns it stands for.

    Matches ``(start, end, payload)`` come in the order of a ``PhraseMatcher`` holding one key per
    pattern, added in the order of :meth:`add` (by start, then end; the patterns of one phrase in
    the order of the matcher's hash table of keys). Building it this way skips a vocabulary entry
    for every key and a ``Doc`` for every phrase: a few milliseconds instead of a tenth of a second
    at every start-up. ``attr`` is ``"LOWER"`` (case-insensitive) or ``"ORTH"``.
    """

    def __init__(self, nlp, attr):
        from spacy.matcher import PhraseMatcher
        from spacy.strings import get_string_id

        if attr not in ("LOWER", "ORTH"):
            raise ValueError(f"attr must be LOWER or ORTH, not {attr!r}")
        self._hash = get_string_id  # the vocabulary's ids: a hash, or a symbol's number ("mark" is 423)
        self.lower = attr == "LOWER"
        self.matcher = PhraseMatcher(nlp.vocab, attr=attr)
        self._phrases = {}  # tuple of token texts (lower-cased for LOWER) -> [(key hash, payload)]

    def add(self, key, tokens, payload):
        """Add the phrase of ``tokens`` (token texts) for the pattern ``key`` (a unique string)."""
        if not tokens:
            return
        phrase = tuple(t.lower() for t in tokens) if self.lower else tuple(tokens)
        self._phrases.setdefault(phrase, []).append((self._hash(key), payload))

    def finish(self):
        """Build the matcher once every phrase is added."""
        from preshed.maps import PreshMap

        string_id = self._hash
        self.matcher.add("canlp_phrase", [[string_id(t) for t in phrase] for phrase in self._phrases])
        self._payloads = {}
        for phrase, entries in self._phrases.items():
            if len(entries) > 1:
                # a PhraseMatcher reports the keys of one phrase as its hash table of keys holds them
                table = PreshMap(8)
                for key, _ in entries:
                    table[key] = 1
                rank = {key: i for i, key in enumerate(table.keys())}
                entries = sorted(entries, key=lambda entry: rank[entry[0]])
            self._payloads[phrase] = [payload for _, payload in entries]
        del self._phrases
        return self

    def __call__(self, doc):
        """``[(start, end, payload)]`` of the phrases in ``doc``."""
        found = self.matcher(doc)
        if not found:
            return []
        words = token_lower(doc) if self.lower else token_text(doc)
        payloads = self._payloads
        return [(start, end, payload) for _, start, end in found for payload in payloads[tuple(words[start:end])]]


def longest_matches(matches):
    """``spacy.util.filter_spans`` on non-empty ``(start, end, payload)`` matches: the longest (then the
    first) of overlapping matches, sorted by start; no Span objects are built for the matches dropped.
    Among matches of the same extent the first one listed is kept."""
    if len(matches) < 2:
        return list(matches)
    previous_end = -1
    for match in matches:
        if match[0] < previous_end:
            break
        previous_end = match[1]
    else:
        return list(matches)  # sorted and apart already (most calls)
    # longest first, then leftmost, then as listed: the order filter_spans keeps them in
    ordered = sorted([(m[0] - m[1], m[0], i) for i, m in enumerate(matches)])
    kept, seen = [], set()
    for _, start, i in ordered:
        end = matches[i][1]
        if start not in seen and end - 1 not in seen:
            kept.append((start, i))
            seen.update(range(start, end))
    kept.sort()
    return [matches[i] for _, i in kept]
