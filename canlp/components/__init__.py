"""spaCy components of canlp, one module per component; factories are in :mod:`canlp.factories`."""


def doc_text(doc):
    """``doc.text``, read once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("canlp_text")
    if text is None:
        text = doc.user_data["canlp_text"] = doc.text
    return text


def _token_strings(doc, attr, key):
    # a plain list, built once per Doc: indexing it is several times faster than going through the
    # StringStore token by token; canlp_participants drops it from user_data when it is done
    strings = doc.user_data.get(key)
    if strings is None or len(strings) != len(doc):
        strings = doc.user_data[key] = _lookup(doc.vocab.strings, doc.to_array(attr).tolist())
    return strings


#: hash → string, shared by all Docs: a dict lookup is several times faster than the StringStore's,
#: and a hash names the same string in every vocabulary.
_STRINGS = {}


def _lookup(store, hashes):
    cache = _STRINGS
    if len(cache) > 1_000_000:
        cache.clear()  # bound the memory of long runs over many different texts
    try:
        return list(map(cache.__getitem__, hashes))
    except KeyError:
        strings = [cache.get(h) for h in hashes]
    for i, string in enumerate(strings):
        if string is None:
            string = strings[i] = cache[hashes[i]] = store[hashes[i]]
    return strings


#: user_data key of the tokens' character offsets (a list), cached by canlp_officials.
IDX_KEY = "canlp_idx"
#: user_data keys of the per-Doc caches, dropped by canlp_participants when it is done.
CACHE_KEYS = ("canlp_orth", "canlp_lower", IDX_KEY)


def token_text(doc):
    """The tokens' text (ORTH) as a list of strings, cached on the Doc."""
    strings = doc.user_data.get("canlp_orth")
    if strings is not None and len(strings) == len(doc):
        return strings
    return _token_strings(doc, "ORTH", "canlp_orth")


def token_lower(doc):
    """The tokens' lower-case text (LOWER) as a list of strings, cached on the Doc."""
    strings = doc.user_data.get("canlp_lower")
    if strings is not None and len(strings) == len(doc):
        return strings
    return _token_strings(doc, "LOWER", "canlp_lower")


def longest_matches(matches):
    """``spacy.util.filter_spans`` on ``(start, end, payload)`` tuples: the longest (then the first)
    of overlapping matches, sorted by start; no Span objects are built for the matches dropped.
    Among matches of the same extent the first one listed is kept."""
    ordered = sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True)
    kept, seen = [], set()
    for match in ordered:
        start, end = match[0], match[1]
        if start not in seen and end - 1 not in seen:
            kept.append(match)
            seen.update(range(start, end))
    kept.sort(key=lambda m: m[0])
    return kept


def token_offsets(doc):
    """The tokens' character offsets (IDX) as a list, cached on the Doc."""
    offsets = doc.user_data.get(IDX_KEY)
    if offsets is None or len(offsets) != len(doc):
        offsets = doc.user_data[IDX_KEY] = doc.to_array("IDX").tolist()
    return offsets
