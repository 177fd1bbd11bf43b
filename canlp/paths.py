"""Where the bundled corpora and models are, in a checkout and in an installed wheel.

The wheel carries the top-level ``corpora/`` and ``models/`` folders inside the
package (``canlp/corpora``, ``canlp/models``; see ``pyproject.toml``). In a
source checkout or an editable install they are found beside the package.
"""

from importlib import resources
from pathlib import Path


def _bundled(name):
    inside = Path(str(resources.files("canlp"))) / name
    if inside.is_dir():
        return inside
    beside = Path(__file__).resolve().parent.parent / name
    if beside.is_dir():
        return beside
    raise FileNotFoundError(f"canlp's bundled '{name}' folder is missing: reinstall canlp")


def corpora_dir():
    """The bundled ``corpora/`` folder."""
    return _bundled("corpora")


def models_dir():
    """The bundled ``models/`` folder."""
    return _bundled("models")


def communiques_dir():
    return corpora_dir() / "communiques"


def declarations_dir():
    return corpora_dir() / "declarations"
