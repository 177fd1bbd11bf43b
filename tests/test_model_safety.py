"""Loading a model never runs code from it: crafted pickles are refused unopened, shared models go
through skops with an allow-list of types, and packaged models must match their manifest."""

import json
import os
import pickle
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from canlp.cli import app
from canlp.modelstore import (
    ALLOWED_TYPES, ModelError, _write_manifest, export_models, load_model, load_skops, shared_model_folder, skops_types,
)
from canlp.paths import models_dir

TEXT = (
    "ASHGABAT (TDH) – President of Turkmenistan Serdar Berdimuhamedov held a telephone conversation with "
    "President of Tajikistan Emomali Rahmon. The leaders discussed gas supplies and the Turkmenistan–"
    "Afghanistan–Pakistan–India pipeline."
)


class Payload:
    """Unpickling this creates ``marker``: what a malicious model would do instead."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


class Untrusted:
    """A type no allow-list knows; skops would rebuild it with __setstate__ (which writes ``marker``)."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __setstate__(self, state):
        Path(state["marker"]).write_text("ran")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """canlp's packaged models exported as a shared model folder."""
    folder = tmp_path_factory.mktemp("shared") / "models"
    export_models(folder)
    return folder


def _copy(folder, tmp_path, name="copy"):
    target = tmp_path / name
    shutil.copytree(folder, target)
    return target


def test_the_payload_is_live(tmp_path):
    """The crafted pickle really would run: unpickling it creates its marker."""
    marker = tmp_path / "proof"
    pickle.loads(pickle.dumps(Payload(marker)))
    assert marker.exists()


def test_export_writes_skops_vocabularies_metadata_and_manifest(shared):
    assert sorted(p.name for p in shared.iterdir()) == [
        "manifest.json", "modality.json", "modality.skops", "modality.vocabulary.json",
        "themes.json", "themes.skops", "themes.vocabulary.json",
    ]
    assert skops_types(shared / "themes.skops") <= ALLOWED_TYPES
    meta = json.loads((shared / "themes.json").read_text())
    assert meta["format"] == "skops" and len(meta["thresholds"]) == 11 and len(meta["corpus_hash"]) == 64


def test_a_shared_model_classifies_exactly_like_the_packaged_one(shared):
    runner = CliRunner()
    packaged = runner.invoke(app, ["classify", "-", "--format", "json"], input=TEXT)
    loaded = runner.invoke(app, ["classify", "-", "--format", "json", "--model", str(shared)], input=TEXT)
    assert packaged.exit_code == loaded.exit_code == 0, loaded.stderr
    assert json.loads(loaded.stdout) == json.loads(packaged.stdout)
    (row,) = json.loads(loaded.stdout)
    assert row["modality"] == "phone_call" and row["participant_states"] == ["TJK", "TKM"]


def _joblib_file(tmp_path, marker):
    path = tmp_path / "model.joblib"
    path.write_bytes(pickle.dumps(Payload(marker)))
    return path


def _joblib_folder(tmp_path, marker):
    """A folder like models/, its modality.joblib the payload, its manifest updated to match."""
    folder = _copy(models_dir(), tmp_path, "pickled")
    (folder / "modality.joblib").write_bytes(pickle.dumps(Payload(marker)))
    _write_manifest(folder, ["modality.joblib"])
    return folder


def _skops_disguise(tmp_path, marker, shared):
    """A shared model folder whose modality.skops is the pickle payload, manifest updated to match."""
    folder = _copy(shared, tmp_path, "disguised")
    (folder / "modality.skops").write_bytes(pickle.dumps(Payload(marker)))
    _write_manifest(folder, ["modality.skops"])
    return folder


def _skops_untrusted(tmp_path, marker, shared):
    """A real skops file, but of a type outside the allow-list."""
    import skops.io as sio

    folder = _copy(shared, tmp_path, "untrusted")
    sio.dump(Untrusted(marker), folder / "modality.skops")
    _write_manifest(folder, ["modality.skops"])
    return folder


def _skops_edited_schema(tmp_path, marker, shared):
    """A real canlp skops file whose schema was edited to name os.system."""
    folder = _copy(shared, tmp_path, "edited")
    path = folder / "modality.skops"
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    schema = json.loads(files["schema.json"])
    schema["content"]["content"]["memory"] = {
        "__class__": "system", "__module__": "posix", "__loader__": "TypeNode", "__id__": 1,
    }
    files["schema.json"] = json.dumps(schema).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    _write_manifest(folder, ["modality.skops"])
    return folder


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda tmp, marker, shared: _joblib_file(tmp, marker), "model.joblib is not a skops model file but a pickle (joblib) file"),
        (lambda tmp, marker, shared: _joblib_folder(tmp, marker), "modality.joblib is not a skops model file but a pickle (joblib) file"),
        (_skops_disguise, "modality.skops is not a skops model file but a pickle (joblib) file"),
        (_skops_untrusted, "modality.skops holds types canlp does not trust (test_model_safety.Untrusted)"),
        (_skops_edited_schema, "modality.skops holds types canlp does not trust (posix.system)"),
    ],
    ids=["joblib file", "folder of joblib", "pickle named .skops", "skops of an untrusted type", "skops schema naming os.system"],
)
def test_crafted_models_are_refused_and_never_run(tmp_path, shared, make, expected):
    marker = tmp_path / "ran"
    model = make(tmp_path, marker, shared)
    result = CliRunner().invoke(app, ["classify", "-", "--model", str(model)], input=TEXT)
    assert result.exit_code == 2
    assert result.stderr.startswith("canlp: error: --model: ") and expected in result.stderr
    assert result.stdout == ""
    folder = model if model.is_dir() else model.parent
    with pytest.raises(ModelError):
        load_model(folder, "modality")
    assert not marker.exists()


def test_a_pickle_is_refused_by_the_skops_loader_without_unpickling(tmp_path):
    marker = tmp_path / "ran"
    path = tmp_path / "evil.skops"
    path.write_bytes(pickle.dumps(Payload(marker), protocol=2))
    with pytest.raises(ModelError, match="not a skops model file"):
        load_skops(path)
    zipped = tmp_path / "zipped.skops"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("payload.pkl", pickle.dumps(Payload(marker)))
    with pytest.raises(ModelError, match="not a skops model file"):
        load_skops(zipped)
    assert not marker.exists()


def test_the_console_script_refuses_a_pickle(tmp_path):
    marker = tmp_path / "ran"
    model = _joblib_file(tmp_path, marker)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    script = Path(sys.executable).parent / "canlp"
    out = subprocess.run([str(script), "classify", str(tmp_path / "a.txt"), "--model", str(model)], capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "is not a skops model file but a pickle" in out.stderr
    assert not marker.exists()


def test_a_pickle_outside_the_package_is_refused_even_with_a_matching_manifest(tmp_path):
    marker = tmp_path / "ran"
    folder = _joblib_folder(tmp_path, marker)
    with pytest.raises(ModelError, match="modality.joblib is not a skops model file but a pickle"):
        load_model(folder, "modality")
    assert not marker.exists()


@pytest.mark.parametrize("name", ["modality.joblib", "themes.json"])
def test_packaged_models_are_refused_when_a_byte_differs_from_the_manifest(tmp_path, monkeypatch, name):
    import joblib

    folder = _copy(models_dir(), tmp_path)
    data = bytearray((folder / name).read_bytes())
    data[len(data) // 2] ^= 0x01
    (folder / name).write_bytes(bytes(data))

    def never(*args, **kwargs):
        raise AssertionError("joblib.load was called on a file that does not match the manifest")

    monkeypatch.setattr(joblib, "load", never)
    stem = name.split(".")[0]
    with pytest.raises(ModelError, match=f"{name} does not match .*manifest.json: refusing to load it"):
        load_model(folder, stem, allow_pickle=True)


def test_the_intact_packaged_models_load():
    estimator, metadata = load_model(models_dir(), "themes")
    assert len(metadata["thresholds"]) == 11 and hasattr(estimator, "predict_proba")


@pytest.mark.parametrize("name", ["modality.skops", "modality.vocabulary.json", "themes.json"])
def test_a_shared_model_altered_after_export_is_refused(tmp_path, shared, name):
    folder = _copy(shared, tmp_path)
    data = bytearray((folder / name).read_bytes())
    data[len(data) // 2] ^= 0x01
    (folder / name).write_bytes(bytes(data))
    with pytest.raises(ModelError, match=f"{name} does not match"):
        load_model(folder, name.split(".")[0])


def test_a_shared_model_of_other_library_versions_is_refused(tmp_path, shared):
    folder = _copy(shared, tmp_path)
    meta = json.loads((folder / "themes.json").read_text())
    meta["versions"]["scikit-learn"] = "1.2.0"
    (folder / "themes.json").write_text(json.dumps(meta))
    _write_manifest(folder, ["themes.json"])
    with pytest.raises(ModelError, match="model 'themes' was trained with .*1.2.0.*run 'canlp train'"):
        load_model(folder, "themes")


def test_a_vocabulary_that_does_not_fit_the_weights_is_refused(tmp_path, shared):
    folder = _copy(shared, tmp_path)
    vocabularies = json.loads((folder / "modality.vocabulary.json").read_text())
    vocabularies["lead_words"] = vocabularies["lead_words"][:-1]
    (folder / "modality.vocabulary.json").write_text(json.dumps(vocabularies))
    _write_manifest(folder, ["modality.vocabulary.json"])
    with pytest.raises(ModelError, match="the vocabulary of 'lead_words' does not fit its weights"):
        load_model(folder, "modality")


@pytest.mark.parametrize(
    "layout, expected",
    [
        ("file.skops", "give the folder made by 'canlp export-model'"),
        ("empty-folder", "is not a canlp model folder (no modality.skops"),
    ],
)
def test_what_is_not_a_model_folder(tmp_path, layout, expected):
    path = tmp_path / layout
    if layout.endswith(".skops"):
        path.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    else:
        path.mkdir()
    with pytest.raises(ModelError, match=expected.replace("(", r"\(")):
        shared_model_folder(path)


def test_export_model_command(tmp_path):
    result = CliRunner().invoke(app, ["export-model", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == (
        f"{tmp_path / 'out'}: manifest.json, modality.json, modality.skops, modality.vocabulary.json, "
        "themes.json, themes.skops, themes.vocabulary.json"
    )
    (tmp_path / "file").write_text("x")
    assert CliRunner().invoke(app, ["export-model", str(tmp_path / "file")]).exit_code == 2
