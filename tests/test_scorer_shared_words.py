"""The lexicon's word counts that features.views hands to the scorers (ASCII texts) give the same scores."""

import random

import numpy as np
import pytest

from canlp.corpus import corpus_hash, load_records
from canlp.features import TEXT_WORDS_KEY, views
from canlp.training import load_classifiers


@pytest.fixture(scope="module")
def classifiers():
    return load_classifiers(corpus_hash=corpus_hash())


def _ascii_texts(seed, n=400):
    rng = random.Random(seed)
    pieces = ["Gas", "gas", "a", "I", "x9", "9", "_", "e-commerce", "U.S.", "it", "Oil2", "oil", "  ", "\n", ".", "'s",
              "power", "plants", "Border", "crossing", "__init__", "A_b", "2023", "trade", "turnover"]
    return ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_the_theme_model_reads_the_shared_word_counts(classifiers):
    assert TEXT_WORDS_KEY in [block.analysis_key for block in classifiers.themes.blocks]


@pytest.mark.parametrize("seed", range(2))
def test_scores_from_shared_word_counts_equal_the_scorer_s_own(classifiers, seed):
    texts = [r["text"] for r in load_records()][seed::4] + _ascii_texts(seed) + ["", "a", "é", "x_y z"]
    shared = [views(t) for t in texts]
    assert sum(TEXT_WORDS_KEY in v.analysed for v in shared) > 200  # ASCII texts without "_"
    for scorer in (classifiers.modality, classifiers.themes):
        own = scorer.scores([dict(v) for v in shared])  # plain dicts: every block counts its own tokens
        assert np.array_equal(scorer.scores(shared), own)
