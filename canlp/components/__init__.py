"""spaCy components of canlp, one module per component; factories are in :mod:`canlp.factories`."""

from spacy.tokens import Span


def doc_text(doc):
    """``doc.text``, read once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("canlp_text")
    if text is None:
        text = doc.user_data["canlp_text"] = doc.text
    return text


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
