"""canlp: read official communiqués on Central Asian diplomacy.

Heavy libraries (spaCy, scikit-learn, pandas) are imported only when a
function that needs them is called, so ``import canlp`` stays fast.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "load_kb"]


def load_kb():
    """The packaged knowledge base of states, organisations and officials."""
    from canlp.kb import load_kb as _load_kb

    return _load_kb()
