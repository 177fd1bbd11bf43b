"""spaCy components of canlp, one module per component; factories are in :mod:`canlp.factories`."""


def doc_text(doc):
    """``doc.text``, read once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("canlp_text")
    if text is None:
        text = doc.user_data["canlp_text"] = doc.text
    return text


class TokenStrings:
    """Token strings read from a token-attribute array, one string at a time.

    ``doc[i].lower_`` builds a Token object on every access; components that
    look at many tokens read the strings from ``doc.to_array`` instead.
    """

    def __init__(self, hashes, strings):
        self.hashes = hashes
        self.strings = strings

    def __len__(self):
        return len(self.hashes)

    def __getitem__(self, item):
        if isinstance(item, slice):
            return [self.strings[int(h)] for h in self.hashes[item]]
        return self.strings[int(self.hashes[item])]


def _token_strings(doc, attr):
    # the array (plain numpy, so Doc.to_bytes still works) is cached in user_data
    key = f"canlp_{attr.lower()}"
    hashes = doc.user_data.get(key)
    if hashes is None or len(hashes) != len(doc):
        hashes = doc.user_data[key] = doc.to_array(attr)
    return TokenStrings(hashes, doc.vocab.strings)


def token_text(doc):
    """The tokens' text (ORTH) as :class:`TokenStrings`."""
    return _token_strings(doc, "ORTH")


def token_lower(doc):
    """The tokens' lower-case text (LOWER) as :class:`TokenStrings`."""
    return _token_strings(doc, "LOWER")
