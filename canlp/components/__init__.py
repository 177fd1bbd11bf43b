"""spaCy components of canlp, one module per component; factories are in :mod:`canlp.factories`."""


def doc_text(doc):
    """``doc.text``, read once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("canlp_text")
    if text is None:
        text = doc.user_data["canlp_text"] = doc.text
    return text
