"""Modality and theme classifiers: packaged models are current, safe to load, and explainable."""

import json
import pickle
import shutil

import pytest

from canlp.baseline import KeywordBaseline
from canlp.corpus import corpus_hash, load_records
from canlp.features import Lexicon, content_lines, frame, lead_parts, mask, states_named, stems
from canlp.modelstore import ModelError, _write_manifest, lexicon_hash, load_model, load_scorer, load_skops
from canlp.paths import models_dir
from canlp.training import load_classifiers, train


@pytest.fixture(scope="module")
def classifiers():
    return load_classifiers(corpus_hash=corpus_hash())


def test_packaged_models_match_the_corpus_and_libraries():
    """Fails when corpora/ changed and models/ was not rebuilt with `canlp train`."""
    for name in ("modality", "themes"):
        _, metadata = load_model(models_dir(), name, corpus_hash=corpus_hash())
        assert metadata["corpus_hash"] == corpus_hash()
        assert metadata["lexicon_hash"] == lexicon_hash()
        assert set(metadata["versions"]) == {"scikit-learn", "spacy", "canlp"}
        assert len(metadata["training_date"]) == 10


def test_packaged_models_hold_no_memory_address():
    """scikit-learn's vectorisers keep id(stop_words) from fit time; a saved model without it is the same
    bytes whenever the same corpus is trained (canlp train is deterministic)."""
    for name in ("modality", "themes"):
        model, _ = load_model(models_dir(), name, corpus_hash=corpus_hash())
        vectorisers = [t for _, t, _ in model.named_steps["features"].transformers_ if hasattr(t, "vocabulary_")]
        assert len(vectorisers) >= 2
        assert [hasattr(t, "_stop_words_id") for t in vectorisers] == [False] * len(vectorisers)


def test_reported_test_metrics_meet_the_targets():
    metrics = json.loads((models_dir() / "metrics.json").read_text())
    test = metrics["test"]
    assert test["modality"]["macro_f1"] >= 0.95
    assert test["themes"]["micro_f1"] >= 0.85
    assert test["themes"]["macro_f1"] >= 0.75
    assert test["modality"]["macro_f1"] - test["baseline"]["modality"]["macro_f1"] >= 0.05
    assert test["themes"]["micro_f1"] - test["baseline"]["themes"]["micro_f1"] >= 0.05


@pytest.mark.parametrize(
    "text, modality, theme",
    [
        (
            "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev held a telephone conversation with President of "
            "Uzbekistan Shavkat Mirziyoyev. The leaders discussed trade and the construction of new railways.",
            "phone_call",
            "trade_economy",
        ),
        (
            "Shavkat Mirziyoyev sent a message of condolences to Recep Tayyip Erdogan over the earthquake that "
            "claimed many lives in the south of Turkey.",
            "message",
            "ceremonial",
        ),
        (
            "Emomali Rahmon and Vladimir Putin held talks via videoconference. The presidents discussed the "
            "security situation in Afghanistan and cooperation against the coronavirus pandemic.",
            "video_call",
            "security",
        ),
    ],
)
def test_predictions_on_clear_cases(classifiers, text, modality, theme):
    prediction = classifiers.predict([text])[0]
    assert prediction["modality"] == modality
    assert theme in prediction["themes"]
    assert abs(sum(prediction["modality_scores"].values()) - 1.0) < 1e-3


def test_a_recalled_visit_does_not_change_a_phone_call(classifiers):
    text = (
        "Sadyr Japarov held a telephone conversation with Kassym-Jomart Tokayev.\n"
        "The presidents discussed trade and water issues. They recalled that the state visit in April had "
        "opened new opportunities for cooperation."
    )
    assert classifiers.predict([text])[0]["modality"] == "phone_call"


@pytest.mark.parametrize(
    "text, modality",
    [
        # wire copy: page furniture, a photo caption and a dateline before the event
        (
            "Log in\nHome > World\n14:05 | 12.03.2024\n1 238\n\nUzbek and Turkmen presidents meet in Samarkand\n\n"
            "Photo: press service\n\nSAMARKAND (Daryo) - President Shavkat Mirziyoyev met with President Serdar "
            "Berdimuhamedov on the sidelines of the summit on Friday. The two leaders discussed gas transit.",
            "meeting",
        ),
        (
            "MOSCOW, Oct 3 (Reuters) - Russian President Vladimir Putin spoke by telephone with Kazakh President "
            "Kassym-Jomart Tokayev on Tuesday, the Kremlin said, adding that the two discussed oil transit.",
            "phone_call",
        ),
        (
            "Bishkek (AKIpress) - President Sadyr Japarov will travel to Tashkent next week on a state visit, his "
            "press secretary said. Talks with Shavkat Mirziyoyev are expected to focus on water and energy.",
            "none",
        ),
    ],
)
def test_wire_copy(classifiers, text, modality):
    assert classifiers.predict([text])[0]["modality"] == modality


def test_page_furniture_is_not_the_lead():
    text = "Accessibility links\nBreaking News\n  • Events\n09:56 / 22.07.2023\nRahmon receives Aripov in Dushanbe\n\nThe talks began."
    assert content_lines(text) == ["Rahmon receives Aripov in Dushanbe", "The talks began."]
    assert lead_parts(text) == ("Rahmon receives Aripov in Dushanbe", "The talks began.", "The talks began.")
    # the event sentence is the first opening sentence with an interaction cue
    assert lead_parts("The weather was fine. Officials gathered. Later the leaders held a phone call.")[2] == (
        "Later the leaders held a phone call."
    )


def test_masking_keeps_cues_and_drops_names():
    assert mask("The Chinese side met Tajik Foreign Minister Sirojiddin Muhriddin on 16 July.") == (
        "The statex side met statex namex on 0 namex."
    )
    assert states_named("Talks between the U.S. and Uzbekistan's leaders") == {"USA", "UZB"}
    assert stems("telephonic telephone conversations") == "teleph teleph conver"


def test_lexicon_finds_words_prefixes_and_phrases():
    lexicon = Lexicon({"energy": ["gas", "pipeline*", "power plant*"], "transport": ["e-commerce", "transit"]})
    found = sorted(lexicon.hits("GAS pipelines; a power-plant? no: power plants, e-commerce and transitory"))
    assert found == [("energy", "gas"), ("energy", "pipeline*"), ("energy", "power plant*"), ("energy", "power plant*"),
                     ("transport", "e-commerce")]


def test_frame_columns_for_any_input():
    columns = frame(["", None, "Tokayev met Putin."])
    assert list(columns.columns) == ["text", "lead", "masked_lead", "lead_stems", "text_stems", "cues", "theme_lexicon", "keywords"]
    assert columns["cues"].tolist()[:2] == ["lead_states_0 no_headline", "lead_states_0 no_headline"]
    assert columns["cues"][2] == "lead_states_0 lead_meeting event_meeting no_headline"


def test_explanations_name_the_evidence(classifiers):
    explanation = classifiers.explain(
        "President Tokayev held a telephone conversation with President Mirziyoyev. They discussed gas supplies."
    )
    (modality, terms), = explanation["modality"].items()
    assert modality == "phone_call"
    assert any("telephone" in term for term, _ in terms)
    assert "[lead: phone_call cue]" in dict(terms)
    assert all(weight > 0 for _, weight in terms)
    assert not any(term in ("namex", "statex") for term, _ in terms)
    assert "gas" in dict(explanation["themes"]["energy"])


def test_keyword_baseline():
    baseline = KeywordBaseline()
    assert baseline.modality("The presidents spoke by telephone on Monday.") == "phone_call"
    assert baseline.modality("A new school opened in Khujand.") == "none"
    assert baseline.themes("They discussed gas pipelines and wheat exports.") == ["agriculture_food", "energy", "trade_economy"]


def _copy_models(tmp_path):
    target = tmp_path / "models"
    shutil.copytree(models_dir(), target)
    return target


def test_an_altered_model_file_is_refused(tmp_path):
    folder = _copy_models(tmp_path)
    data = bytearray((folder / "modality.joblib").read_bytes())
    data[-10] ^= 0xFF
    (folder / "modality.joblib").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match .*manifest.json"):
        load_model(folder, "modality")


def test_a_stale_model_is_refused_with_the_way_to_fix_it(tmp_path):
    with pytest.raises(ModelError, match="stale.*canlp train"):
        load_model(models_dir(), "themes", corpus_hash="0" * 64)


@pytest.mark.parametrize("load", [load_model, load_scorer])
def test_a_model_trained_with_another_keyword_lexicon_is_refused(tmp_path, load):
    """The lexicon's hits are features: after an edit of data/keywords.json the models must be retrained."""
    folder = _copy_models(tmp_path)
    meta = json.loads((folder / "themes.json").read_text())
    meta["lexicon_hash"] = "0" * 64
    (folder / "themes.json").write_text(json.dumps(meta))
    _write_manifest(folder, ["themes.json"])
    with pytest.raises(ModelError, match=r"model 'themes' is stale: it was trained with another keyword lexicon .*run 'canlp train'"):
        load(folder, "themes", allow_pickle=True) if load is load_model else load(folder, "themes")


def test_a_crafted_pickle_is_refused_by_the_skops_loader(tmp_path):
    class Payload:
        def __reduce__(self):
            return (print, ("this must never run",))

    path = tmp_path / "evil.skops"
    path.write_bytes(pickle.dumps(Payload()))
    with pytest.raises(ModelError, match="not a skops model file"):
        load_skops(path)


def test_training_is_deterministic(tmp_path):
    records = [r for r in load_records() if r["id"].startswith(("kz-", "tm-"))]
    first = train(records, tmp_path / "a", "hash", cross_validation=False)
    second = train(records, tmp_path / "b", "hash", cross_validation=False)
    assert first["test"] == second["test"]
    assert first["thresholds"] == second["thresholds"]


def test_version_rules_for_loading_models():
    from canlp.modelstore import versions_compatible

    current = {"scikit-learn": "1.9.1", "spacy": "3.8.18", "canlp": "0.1.0"}
    assert versions_compatible(dict(current, spacy="3.8.2"), current)
    assert not versions_compatible(dict(current, spacy="3.9.0"), current)
    assert not versions_compatible(dict(current, **{"scikit-learn": "1.9.0"}), current)
    assert not versions_compatible(dict(current, canlp="0.0.9"), current)
