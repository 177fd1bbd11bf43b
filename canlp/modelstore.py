"""Saving and loading trained models safely, with the metadata that says what trained them.

Each model ``NAME`` is two files in ``models/``: ``NAME.joblib`` (a stock
scikit-learn estimator, compressed) and ``NAME.json`` (corpus hash, library
versions, training settings, metrics, thresholds). ``models/manifest.json``
holds the sha256 of every file, and a model file is unpickled only after its
sha256 matched the manifest, so no altered or foreign file is ever loaded (the
scikit-learn docs warn that unpickling can run code). The corpus hash and the
library versions are checked too, and a mismatch is refused with a message
that says how to retrain (``canlp train``).

joblib rather than skops.io for the packaged models: skops took 50 s and
48 MB to save a vectoriser vocabulary that joblib saves in 1 s and 1 MB.
Models that come from elsewhere (a user's file) go through skops' trusted-type
check instead: :func:`load_skops`.
"""

import hashlib
import json
from pathlib import Path


class ModelError(RuntimeError):
    """A model file is missing, altered, untrusted or stale."""


def library_versions():
    import sklearn
    import spacy

    import canlp

    return {"scikit-learn": sklearn.__version__, "spacy": spacy.__version__, "canlp": canlp.__version__}


def versions_compatible(trained, current):
    """scikit-learn and canlp must be the very versions that trained the model (scikit-learn
    does not support loading across versions); spaCy only has to share the minor version,
    as the models hold no spaCy object."""
    minor = lambda v: ".".join(str(v).split(".")[:2])
    return (
        trained.get("scikit-learn") == current["scikit-learn"]
        and trained.get("canlp") == current["canlp"]
        and minor(trained.get("spacy")) == minor(current["spacy"])
    )


def _sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def save_model(folder, name, estimator, metadata):
    """Write ``NAME.joblib`` and ``NAME.json`` atomically and record their sha256 in the manifest."""
    import joblib

    from canlp.files import atomic_path, write_text_atomic

    folder = Path(folder)
    with atomic_path(folder / f"{name}.joblib") as tmp:
        joblib.dump(estimator, tmp, compress=3)
    write_text_atomic(folder / f"{name}.json", json.dumps(metadata, indent=1, sort_keys=True) + "\n")
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    manifest[f"{name}.joblib"] = _sha256(folder / f"{name}.joblib")
    manifest[f"{name}.json"] = _sha256(folder / f"{name}.json")
    write_text_atomic(manifest_path, json.dumps(dict(sorted(manifest.items())), indent=1) + "\n")


def load_model(folder, name, corpus_hash=None):
    """Load a model and its metadata, or raise :class:`ModelError` saying why and how to fix it."""
    import joblib

    folder = Path(folder)
    model_path, meta_path = folder / f"{name}.joblib", folder / f"{name}.json"
    if not model_path.exists() or not meta_path.exists():
        raise ModelError(f"model '{name}' not found in {folder}: run 'canlp train' to build it")
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    for path in (model_path, meta_path):
        if manifest.get(path.name) != _sha256(path):
            raise ModelError(f"{path} does not match {manifest_path}: refusing to load it; run 'canlp train'")
    metadata = json.loads(meta_path.read_text())
    versions = library_versions()
    if not versions_compatible(metadata.get("versions") or {}, versions):
        raise ModelError(
            f"model '{name}' was trained with {metadata.get('versions')}, this is {versions}: run 'canlp train'"
        )
    if corpus_hash is not None and metadata.get("corpus_hash") != corpus_hash:
        raise ModelError(f"model '{name}' is stale: the corpus changed since it was trained; run 'canlp train'")
    return joblib.load(model_path), metadata


def load_skops(path):
    """Load a user-supplied estimator saved with skops.io, only if it holds no untrusted type."""
    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as error:  # a file that is not a skops archive at all
        raise ModelError(f"{path} is not a skops model file ({error.__class__.__name__})") from None
    if untrusted:
        raise ModelError(f"{path} holds types skops does not trust ({', '.join(untrusted)}): refusing to load it")
    return sio.load(path, trusted=[])
