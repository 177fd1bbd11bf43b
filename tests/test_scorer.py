"""The compiled linear scorers give scikit-learn's probabilities, load no code and need no scikit-learn."""

import json
import subprocess
import sys

import numpy as np
import pytest

from canlp.corpus import corpus_hash, load_records
from canlp.features import frame, views
from canlp.labels import THEMES
from canlp.modelstore import ModelError, load_model, load_scorer
from canlp.paths import models_dir
from canlp.scorer import LinearScorer, ScorerError


@pytest.fixture(scope="module")
def pipelines():
    folder = models_dir()
    return load_model(folder, "modality", corpus_hash())[0], load_model(folder, "themes", corpus_hash())[0]


@pytest.fixture(scope="module")
def corpus_texts():
    return [r["text"] for r in load_records()]


@pytest.mark.parametrize("name", ["modality", "themes"])
def test_scorer_probabilities_equal_predict_proba_on_the_whole_corpus(pipelines, corpus_texts, name):
    pipeline = pipelines[0] if name == "modality" else pipelines[1]
    scorer = LinearScorer.from_pipeline(pipeline, labels=THEMES if name == "themes" else None)
    expected = pipeline.predict_proba(frame(corpus_texts))
    got = scorer.scores([views(t) for t in corpus_texts])
    assert got.shape == expected.shape == (len(corpus_texts), 6 if name == "modality" else 11)
    assert np.max(np.abs(got - expected)) < 1e-9


@pytest.mark.parametrize("name", ["modality", "themes"])
def test_packaged_scorer_is_the_packaged_model_compiled(pipelines, name):
    pipeline = pipelines[0] if name == "modality" else pipelines[1]
    compiled = LinearScorer.from_pipeline(pipeline, labels=THEMES if name == "themes" else None)
    packaged, metadata = load_scorer(models_dir(), name, corpus_hash())
    assert metadata["corpus_hash"] == corpus_hash()
    assert [b.terms for b in packaged.blocks] == [b.terms for b in compiled.blocks]
    assert np.array_equal(packaged.coef, compiled.coef)
    assert np.array_equal(packaged.intercept, compiled.intercept)
    assert packaged.labels == compiled.labels


def test_empty_and_unknown_text_score_from_the_intercept_alone(pipelines):
    scorer = LinearScorer.from_pipeline(pipelines[1], labels=THEMES)
    got = scorer.scores([views(""), views("zzzz qqqq")])
    expected = 1.0 / (1.0 + np.exp(-scorer.intercept))
    assert np.allclose(got[0], expected) and np.allclose(got[1], expected)
    assert scorer.scores([]).shape == (0, 11)


def test_save_and_load_round_trip(tmp_path, pipelines):
    scorer = LinearScorer.from_pipeline(pipelines[0])
    scorer.save(tmp_path / "m.scorer.npz")
    again = LinearScorer.load(tmp_path / "m.scorer.npz")
    text = views("President Tokayev held a telephone conversation with President Mirziyoyev.")
    assert np.array_equal(again.scores([text]), scorer.scores([text]))
    assert again.labels == ["meeting", "message", "none", "phone_call", "video_call", "visit"]


def test_a_scorer_file_holding_a_pickled_object_is_refused(tmp_path):
    path = tmp_path / "evil.scorer.npz"
    np.savez(path, spec=np.array([{"format": 1}], dtype=object))  # an object array is stored as a pickle
    with pytest.raises(ScorerError, match="not a canlp scorer file"):
        LinearScorer.load(path)


def test_a_tampered_packaged_scorer_is_refused(tmp_path):
    import shutil

    folder = tmp_path / "models"
    shutil.copytree(models_dir(), folder)
    with open(folder / "themes.scorer.npz", "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match="does not match"):
        load_scorer(folder, "themes")


def test_a_stale_scorer_is_refused():
    with pytest.raises(ModelError, match="stale"):
        load_scorer(models_dir(), "modality", corpus_hash="0" * 64)


def test_a_pipeline_a_scorer_cannot_reproduce_is_refused():
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    import pandas as pd

    X = pd.DataFrame({"text": ["phone call", "state visit", "video link", "phone talk", "visit to"]})
    features = ColumnTransformer([("chars", TfidfVectorizer(analyzer="char", ngram_range=(2, 3)), "text")])
    pipeline = Pipeline([("features", features), ("model", LogisticRegression())]).fit(X, ["a", "b", "c", "a", "b"])
    with pytest.raises(ScorerError, match="analyzer"):
        LinearScorer.from_pipeline(pipeline)


def test_classifying_with_the_packaged_models_imports_neither_scikit_learn_nor_pandas():
    code = (
        "import sys, json\n"
        "from canlp.training import load_classifiers\n"
        "c = load_classifiers()\n"
        "p = c.predict(['President Tokayev held a telephone conversation with President Mirziyoyev.'])[0]\n"
        "print(json.dumps([p['modality'], 'sklearn' in sys.modules, 'pandas' in sys.modules, 'scipy' in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ["phone_call", False, False, False]


def _random_texts(seed, n=300):
    import random

    rng = random.Random(seed)
    alphabet = "ab Z9_-'’.\t\n\u00a0\u2003\u3000éßİ\u0301ş日本\u200b\x1c\x85,;"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(3))
def test_the_quicker_token_patterns_find_the_same_tokens(corpus_texts, seed):
    import re

    from canlp.scorer import EQUIVALENT_PATTERNS, WHITESPACE_TOKENS

    texts = _random_texts(seed) + corpus_texts[seed::10]
    for text in texts:
        assert text.split() == re.findall(WHITESPACE_TOKENS, text)
        for pattern, quicker in EQUIVALENT_PATTERNS.items():
            assert re.findall(quicker, text) == re.findall(pattern, text)
            assert re.findall(quicker, text.lower()) == re.findall(pattern, text.lower())


def test_scores_are_the_same_from_shared_or_separate_token_counts(pipelines, corpus_texts):
    """features.Views keeps the token counts for both scorers; plain dicts are counted per scorer."""
    texts = corpus_texts[:300] + ["", "zzzz"]
    for pipeline, labels in ((pipelines[0], None), (pipelines[1], THEMES)):
        scorer = LinearScorer.from_pipeline(pipeline, labels=labels)
        shared = [views(t) for t in texts]
        first = scorer.scores(shared)
        again = scorer.scores(shared)  # counted already
        plain = scorer.scores([dict(views(t)) for t in texts])
        one_by_one = np.vstack([scorer.scores([views(t)]) for t in texts])
        assert np.array_equal(first, again)
        assert np.max(np.abs(first - plain)) < 1e-12 and np.max(np.abs(first - one_by_one)) < 1e-12


def test_word_pairs_found_as_integer_keys_give_scikit_learn_s_probabilities(pipelines, corpus_texts):
    """The 1-2-gram blocks look their pairs up as integer keys over a whole batch: texts that repeat
    pairs, end or start with a vocabulary word (pairs never cross from one text to the next), random
    characters, and texts of one or no word give predict_proba's probabilities."""
    import random

    rng = random.Random(7)
    words = "namex statex held talks with the president of 0 telephone conversation visit . ,".split()
    made = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 30))) for _ in range(300)]
    texts = made + _random_texts(11) + ["", "talks", "the the the", "namex namex"] + corpus_texts[::25]
    scorer = LinearScorer.from_pipeline(pipelines[0])
    assert [b.sequential for b in scorer.blocks] == [True, True, False, False]
    expected = pipelines[0].predict_proba(frame(texts))
    for batch in (1, 7, len(texts)):
        got = np.vstack([scorer.scores([views(t) for t in texts[i:i + batch]]) for i in range(0, len(texts), batch)])
        assert np.max(np.abs(got - expected)) < 1e-9
