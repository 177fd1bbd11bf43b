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


def data_text(name):
    """The text of a packaged data file, ``canlp/data/NAME`` (read with importlib.resources)."""
    return resources.files("canlp").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def data_json(name):
    """A packaged JSON data file, parsed; keys starting with '_' (comments) are dropped."""
    import json

    data = json.loads(data_text(name))
    return {k: v for k, v in data.items() if not k.startswith("_")} if isinstance(data, dict) else data


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
