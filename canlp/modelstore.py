"""Saving and loading trained models safely, with the metadata that says what trained them.

**Packaged models.** Each model ``NAME`` is two files in ``models/``:
``NAME.joblib`` (a stock scikit-learn estimator, compressed) and ``NAME.json``
(corpus hash, library versions, training settings, metrics, thresholds).
``models/manifest.json`` holds the sha256 of every file, and a model file is
unpickled only after its sha256 matched the manifest, and only from canlp's
own ``models/`` folder: the scikit-learn docs warn that unpickling can run
code, so a pickle from anywhere else is refused, never opened. The corpus
hash, the hash of the keyword lexicon and the state words (``data/keywords.json``,
whose hits are features, and ``data/states.json``, whose words the text views mask)
and the library versions are checked too, and a mismatch is refused
with a message that says how to retrain (``canlp train``).

**Compiled scorers.** ``canlp train`` also writes ``NAME.scorer.npz``, the
model compiled to plain arrays by :class:`canlp.scorer.LinearScorer` and
listed in the manifest. :func:`load_scorer` reads it with numpy's
``allow_pickle=False`` after the same checks; prediction needs no
scikit-learn (and no unpickling) at all.

**Shared models** (``canlp export-model DIR``, loaded with ``canlp classify
--model DIR``) are a folder of ``NAME.skops`` (the estimator, saved with
skops.io, without its vocabularies), ``NAME.vocabulary.json`` (each
vectoriser's terms, in feature order: plain JSON), ``NAME.json`` (the same
metadata as a packaged model) and ``manifest.json``. Loading one checks the
manifest, then lists every type the skops file names and refuses the file
unless each is in :data:`ALLOWED_TYPES`, the few stock scikit-learn, numpy and
Python types canlp's models are made of (skops' own
``get_untrusted_types`` must agree); then the library versions. Its corpus
hash is the sender's and is not compared with the local corpus.

joblib rather than skops for the packaged models, and vocabularies as JSON
beside the skops file: skops writes a vocabulary dict entry by entry, which
took 100 to 200 s and 45 MB per model (0.2 s and 2 to 4 MB without them).
"""

import hashlib
import json
from pathlib import Path


class ModelError(RuntimeError):
    """A model file is missing, altered, untrusted or stale."""


#: Every type a shared (skops) model may contain: what canlp's two pipelines are made of.
ALLOWED_TYPES = frozenset(
    {
        "builtins.dict", "builtins.list", "builtins.tuple", "builtins.slice", "builtins.str", "builtins.int",
        "builtins.float", "builtins.bool",
        "numpy.ndarray", "numpy.float64", "numpy.float32", "numpy.int64", "numpy.int32",
        "sklearn.pipeline.Pipeline",
        "sklearn.compose._column_transformer.ColumnTransformer",
        "sklearn.feature_extraction.text.TfidfVectorizer",
        "sklearn.feature_extraction.text.CountVectorizer",
        "sklearn.feature_extraction.text.TfidfTransformer",
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.multiclass.OneVsRestClassifier",
        "sklearn.preprocessing._label.LabelBinarizer",
    }
)
MODEL_NAMES = ("modality", "themes")
#: Largest shared model file or schema canlp opens (canlp's own are 2 to 4 MB).
MAX_MODEL_BYTES = 200 * 1024 * 1024
PICKLE_SUFFIXES = {".joblib", ".pkl", ".pickle", ".jbl", ".sav"}

_PICKLE_REFUSAL = (
    "is not a skops model file but a pickle (joblib) file: canlp never loads one from outside its own "
    "models/ folder, since loading a pickle can run any code in it; share models as a folder made by "
    "'canlp export-model'"
)


def library_versions():
    """The versions of scikit-learn, spaCy and canlp, read from the installed packages' metadata
    (importing scikit-learn to ask would cost a second of every start-up)."""
    from importlib.metadata import version

    import canlp

    return {"scikit-learn": version("scikit-learn"), "spacy": version("spacy"), "canlp": canlp.__version__}


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
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_manifest(folder, names):
    from canlp.files import write_text_atomic

    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    for name in names:
        manifest[name] = _sha256(folder / name)
    write_text_atomic(manifest_path, json.dumps(dict(sorted(manifest.items())), indent=1) + "\n")


def _check_manifest(folder, paths):
    manifest_path = folder / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    except (OSError, ValueError):
        manifest = {}
    for path in paths:
        if not isinstance(manifest, dict) or manifest.get(path.name) != _sha256(path):
            raise ModelError(f"{path} does not match {manifest_path}: refusing to load it; run 'canlp train'")


def _read_metadata(path):
    try:
        metadata = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: cannot read the model's metadata ({error.__class__.__name__})") from None
    if not isinstance(metadata, dict):
        raise ModelError(f"{path}: the model's metadata is not a JSON object")
    return metadata


def _check_versions(name, metadata):
    versions = library_versions()
    trained = metadata.get("versions")
    if not isinstance(trained, dict) or not versions_compatible(trained, versions):
        raise ModelError(f"model '{name}' was trained with {trained}, this is {versions}: run 'canlp train'")


def lexicon_hash():
    """sha256 of ``data/keywords.json`` and ``data/states.json``: the lexicon whose hits are features of both
    models, and the state words the text views mask as ``statex``; a model trained with other ones would read
    features it was not fitted on."""
    from canlp.paths import data_text

    digest = hashlib.sha256(data_text("keywords.json").encode("utf-8"))
    digest.update(data_text("states.json").encode("utf-8"))
    return digest.hexdigest()


def _checked_metadata(name, meta_path, corpus_hash=None):
    """A model's metadata, refused when the library versions or the keyword lexicon differ or (given
    ``corpus_hash``) the corpus changed since it was trained."""
    metadata = _read_metadata(meta_path)
    _check_versions(name, metadata)
    if metadata.get("lexicon_hash") != lexicon_hash():
        raise ModelError(f"model '{name}' is stale: it was trained with another keyword lexicon or other state "
                         f"words (canlp/data/keywords.json, states.json); run 'canlp train'")
    if corpus_hash is not None and metadata.get("corpus_hash") != corpus_hash:
        raise ModelError(f"model '{name}' is stale: the corpus changed since it was trained; run 'canlp train'")
    return metadata


def is_packaged(folder):
    """True for canlp's own ``models/`` folder (the only place a pickle is loaded from)."""
    from canlp.paths import models_dir

    try:
        return Path(folder).resolve() == models_dir().resolve()
    except FileNotFoundError:
        return False


def save_model(folder, name, estimator, metadata):
    """Write ``NAME.joblib`` and ``NAME.json`` atomically and record their sha256 in the manifest."""
    import joblib

    from canlp.files import atomic_path, write_text_atomic

    folder = Path(folder)
    with atomic_path(folder / f"{name}.joblib") as tmp:
        joblib.dump(estimator, tmp, compress=3)
    write_text_atomic(folder / f"{name}.json", json.dumps(metadata, indent=1, sort_keys=True) + "\n")
    _write_manifest(folder, [f"{name}.joblib", f"{name}.json"])


def load_model(folder, name, corpus_hash=None, allow_pickle=None):
    """Load a model and its metadata, or raise :class:`ModelError` saying why and how to fix it.

    A folder with ``NAME.skops`` is a shared model (:func:`load_shared_model`).
    Otherwise ``NAME.joblib`` is unpickled, only after its sha256 matched the
    manifest and only from canlp's own models folder (or with ``allow_pickle=True``,
    for a folder the caller trained itself).
    """
    folder = Path(folder)
    if (folder / f"{name}.skops").exists():
        return load_shared_model(folder, name)
    model_path, meta_path = folder / f"{name}.joblib", folder / f"{name}.json"
    if not model_path.exists() or not meta_path.exists():
        raise ModelError(f"model '{name}' not found in {folder}: run 'canlp train' to build it")
    _check_manifest(folder, (model_path, meta_path))
    if not (allow_pickle or (allow_pickle is None and is_packaged(folder))):
        raise ModelError(f"{model_path} {_PICKLE_REFUSAL}")
    metadata = _checked_metadata(name, meta_path, corpus_hash)
    import joblib

    return joblib.load(model_path), metadata


def save_scorer(folder, name, scorer):
    """Write ``NAME.scorer.npz`` (the model compiled by :class:`canlp.scorer.LinearScorer`) and add it
    to the manifest; its metadata is the model's ``NAME.json``."""
    folder = Path(folder)
    scorer.save(folder / f"{name}.scorer.npz")
    _write_manifest(folder, [f"{name}.scorer.npz"])


def load_scorer(folder, name, corpus_hash=None):
    """A model's compiled scorer and the model's metadata, checked like :func:`load_model`.

    The file holds only numbers and strings and is read without unpickling,
    so it loads from any folder; its sha256 must still match the manifest.
    """
    from canlp.scorer import LinearScorer, ScorerError

    folder = Path(folder)
    scorer_path, meta_path = folder / f"{name}.scorer.npz", folder / f"{name}.json"
    if not meta_path.exists():
        raise ModelError(f"model '{name}' not found in {folder}: run 'canlp train' to build it")
    if not scorer_path.exists():
        raise ModelError(f"model '{name}' in {folder} has no {scorer_path.name}: run 'canlp train' to rebuild it")
    _check_manifest(folder, (scorer_path, meta_path))
    metadata = _checked_metadata(name, meta_path, corpus_hash)
    try:
        return LinearScorer.load(scorer_path), metadata
    except ScorerError as error:
        raise ModelError(f"{error}; run 'canlp train'") from None


# ------------------------------------------------------------------------ skops


def skops_types(path):
    """Every ``module.Class`` a skops file names, read from its schema without loading anything."""
    import zipfile

    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("schema.json")
            if info.file_size > MAX_MODEL_BYTES:
                raise ModelError(f"{path}: its schema is larger than canlp opens")
            schema = json.loads(archive.read(info))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ModelError(f"{path} is not a skops model file ({error.__class__.__name__})") from None
    found = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "__class__" in node:
                found.add(f"{node.get('__module__')}.{node['__class__']}")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def load_skops(path, allowed=ALLOWED_TYPES):
    """Load an estimator saved with skops.io, only if every type it names is in ``allowed``.

    Nothing in the file runs before the check: the types are read from the
    archive's schema (and skops' own ``get_untrusted_types`` must list none
    outside ``allowed`` either); a pickle or any other file is refused.
    """
    path = Path(path)
    if path.stat().st_size > MAX_MODEL_BYTES:
        raise ModelError(f"{path} is larger than the {MAX_MODEL_BYTES // (1024 * 1024)} MB canlp opens")
    with open(path, "rb") as handle:
        if handle.read(2) in (b"\x80\x02", b"\x80\x03", b"\x80\x04", b"\x80\x05"):
            raise ModelError(f"{path} {_PICKLE_REFUSAL}")
    refused = sorted(skops_types(path) - set(allowed))
    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as error:  # skops cannot read it: not a skops archive
        raise ModelError(f"{path} is not a skops model file ({error.__class__.__name__})") from None
    refused += sorted(set(untrusted) - set(allowed) - set(refused))
    if refused:
        raise ModelError(f"{path} holds types canlp does not trust ({', '.join(refused)}): refusing to load it")
    try:
        return sio.load(path, trusted=list(untrusted))
    except Exception as error:
        raise ModelError(f"{path}: skops could not load it ({error.__class__.__name__}: {error})") from None


def _vectorisers(estimator):
    """``{name: vectoriser}`` of a canlp pipeline's ColumnTransformer (CountVectorizer and TfidfVectorizer)."""
    from sklearn.feature_extraction.text import CountVectorizer

    features = estimator.named_steps["features"]
    return {name: t for name, t, _ in features.transformers_ if isinstance(t, CountVectorizer)}


def save_shared_model(folder, name, estimator, metadata):
    """Write ``NAME.skops``, ``NAME.vocabulary.json`` and ``NAME.json`` atomically; add them to the manifest."""
    import copy

    import skops.io as sio

    from canlp.files import atomic_path, write_text_atomic

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    estimator = copy.deepcopy(estimator)
    vocabularies = {}
    for key, vectoriser in _vectorisers(estimator).items():
        vocabulary = vectoriser.vocabulary_
        terms = sorted(vocabulary, key=vocabulary.get)
        if [vocabulary[t] for t in terms] != list(range(len(terms))):
            raise ModelError(f"model '{name}': the vocabulary of '{key}' is not numbered 0..n-1")
        vocabularies[key] = terms
        del vectoriser.vocabulary_
    with atomic_path(folder / f"{name}.skops") as tmp:
        sio.dump(estimator, tmp)
    write_text_atomic(folder / f"{name}.vocabulary.json", json.dumps(vocabularies, ensure_ascii=False) + "\n")
    import skops

    shared = {**metadata, "format": "skops", "skops": skops.__version__}
    write_text_atomic(folder / f"{name}.json", json.dumps(shared, indent=1, sort_keys=True) + "\n")
    _write_manifest(folder, [f"{name}.skops", f"{name}.vocabulary.json", f"{name}.json"])


def _restore_vocabularies(estimator, vocabularies, name):
    import numpy as np

    if not isinstance(vocabularies, dict):
        raise ModelError(f"model '{name}': its vocabulary file is not a JSON object")
    vectorisers = _vectorisers(estimator)
    for key, vectoriser in vectorisers.items():
        terms = vocabularies.get(key)
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms) or len(set(terms)) != len(terms):
            raise ModelError(f"model '{name}': no valid vocabulary for '{key}'")
        idf = getattr(vectoriser, "idf_", None) if hasattr(vectoriser, "_tfidf") else None
        if idf is not None and len(np.asarray(idf)) != len(terms):
            raise ModelError(f"model '{name}': the vocabulary of '{key}' does not fit its weights")
        vectoriser.vocabulary_ = {t: i for i, t in enumerate(terms)}


def load_shared_model(folder, name):
    """A shared model (``NAME.skops`` + vocabulary + metadata) and its metadata, checked as described above."""
    from sklearn.pipeline import Pipeline

    folder = Path(folder)
    paths = [folder / f"{name}.skops", folder / f"{name}.vocabulary.json", folder / f"{name}.json"]
    missing = [p.name for p in paths if not p.exists()]
    if missing:
        raise ModelError(f"{folder} is not a complete canlp model folder (missing {', '.join(missing)})")
    _check_manifest(folder, paths)
    estimator = load_skops(paths[0])
    metadata = _checked_metadata(name, paths[2])  # the sender's corpus hash is not compared
    if not isinstance(estimator, Pipeline) or "features" not in estimator.named_steps or "model" not in estimator.named_steps:
        raise ModelError(f"{paths[0]} is not a canlp model (a scikit-learn Pipeline of 'features' and 'model')")
    try:
        vocabularies = json.loads(paths[1].read_text(encoding="utf-8"))
    except ValueError:
        raise ModelError(f"{paths[1]} is not valid JSON") from None
    _restore_vocabularies(estimator, vocabularies, name)
    from canlp.features import frame

    try:
        estimator.predict_proba(frame(["President Tokayev held talks with President Mirziyoyev."]))
    except Exception as error:
        raise ModelError(f"{paths[0]} does not work as a canlp model ({error.__class__.__name__})") from None
    return estimator, metadata


def shared_model_folder(path):
    """The folder of a shared model given to ``--model``, or ModelError saying why it cannot be used.

    A pickle (joblib) file, or a folder of them, is refused without being opened.
    """
    path = Path(path)
    if path.is_file():
        with open(path, "rb") as handle:
            head = handle.read(2)
        if path.suffix.lower() in PICKLE_SUFFIXES or head[:1] == b"\x80":
            raise ModelError(f"{path} {_PICKLE_REFUSAL}")
        raise ModelError(f"{path}: give the folder made by 'canlp export-model' (modality.skops, themes.skops, ...)")
    if not path.is_dir():
        raise ModelError(f"{path}: no such model folder")
    for name in MODEL_NAMES:
        if not (path / f"{name}.skops").exists():
            pickled = path / f"{name}.joblib"
            if pickled.exists():
                raise ModelError(f"{pickled} {_PICKLE_REFUSAL}")
            raise ModelError(f"{path} is not a canlp model folder (no {name}.skops; make one with 'canlp export-model')")
    return path


def export_models(out, source=None, allow_pickle=None):
    """Write the packaged models (or those in ``source``) as a shared model folder ``out``; returns its files."""
    from canlp.paths import models_dir

    source = Path(source) if source is not None else models_dir()
    out = Path(out)
    if out.resolve() == source.resolve():
        raise ModelError("the shared model folder must differ from the folder of the models")
    for name in MODEL_NAMES:
        estimator, metadata = load_model(source, name, allow_pickle=allow_pickle)
        save_shared_model(out, name, estimator, metadata)
    return sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
