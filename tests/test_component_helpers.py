"""The shared helpers of canlp's components: fast paths that must agree with spaCy's own API."""

import random

import pytest
import spacy
from spacy.tokens import Span
from spacy.util import filter_spans

import canlp.factories  # noqa: F401  (registers the Doc extensions)
from canlp.components import (
    get_ext,
    longest_matches,
    make_spans,
    set_ext,
    token_lower,
    token_offsets,
    token_text,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def test_get_ext_and_set_ext_are_doc_underscore(nlp):
    doc = nlp.make_doc("Tokayev met Mirziyoyev.")
    assert get_ext(doc, "date") is None
    doc._.date = "2019-12-30"
    assert get_ext(doc, "date") == "2019-12-30"
    set_ext(doc, "format", "bilateral")
    assert doc._.format == "bilateral"


def test_token_lists_match_the_tokens(nlp):
    doc = nlp.make_doc("President Kassym-Jomart Tokayev's  visit to U.S.\nÜrümqi, 26.11.2019")
    assert token_text(doc) == [t.text for t in doc]
    assert token_lower(doc) == [t.lower_ for t in doc]
    assert token_offsets(doc) == [t.idx for t in doc]
    assert (token_text(nlp.make_doc("")), token_lower(nlp.make_doc("")), token_offsets(nlp.make_doc(""))) == ([], [], [])


@pytest.mark.parametrize("seed", range(20))
def test_longest_matches_is_filter_spans(nlp, seed):
    doc = nlp.make_doc(" ".join(["word"] * 30))
    rng = random.Random(seed)
    matches = []
    for _ in range(12):
        start = rng.randrange(29)
        matches.append((start, rng.randrange(start + 1, min(start + 5, 30) + 1), f"m{len(matches)}"))
    expected = [(s.start, s.end, s.label_) for s in filter_spans([Span(doc, a, b, label=m) for a, b, m in matches])]
    assert [(a, b, m) for a, b, m in longest_matches(matches)] == expected


def test_make_spans_sets_labels_and_ids(nlp):
    doc = nlp.make_doc("Tokayev met Mirziyoyev.")
    spans = make_spans(doc, [(0, 1, "president", "Kassym-Jomart Tokayev"), (2, 3, "president", "Shavkat Mirziyoyev")])
    assert [(s.start, s.end, s.label_, s.kb_id_) for s in spans] == [
        (0, 1, "president", "Kassym-Jomart Tokayev"),
        (2, 3, "president", "Shavkat Mirziyoyev"),
    ]


def test_phrase_tokens_are_the_tokenizers(nlp):
    from canlp.components import phrase_tokens
    from canlp.components.officials import build_patterns as official_patterns
    from canlp.components.states import build_patterns as state_patterns
    from canlp.kb import load_kb

    kb = load_kb()
    forms = [p["form"] for p in state_patterns(kb) + official_patterns(kb)]
    forms += ["cannot", "Cannot", "dont", "U.S.", "Nur-Sultan", "mark", "Mark Rutte", "a.m.", "gonna", "x  y", " x", "km"]
    assert [phrase_tokens(nlp, f) for f in forms] == [[t.text for t in nlp.make_doc(f)] for f in forms]


@pytest.mark.parametrize("attr", ["LOWER", "ORTH"])
@pytest.mark.parametrize("seed", range(5))
def test_phrase_table_matches_as_a_phrase_matcher_with_a_key_per_pattern(nlp, attr, seed):
    from spacy.matcher import PhraseMatcher

    from canlp.components import PhraseTable, phrase_tokens

    rng = random.Random(seed)
    # words of several cases; "mark" and "nsubj" are spaCy symbols, whose ids are not string hashes
    words = ["Astana", "astana", "ASTANA", "talks", "mark", "Mark", "nsubj", "U.S.", "of", "the", "Tokayev", "-"]
    phrases = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(40)]
    phrases += phrases[:15]  # the same phrase for several patterns: reported in the matcher's order of keys
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    table = PhraseTable(nlp, attr)
    for i, phrase in enumerate(phrases):
        matcher.add(f"k{i}", [nlp.make_doc(phrase)])
        table.add(f"k{i}", phrase_tokens(nlp, phrase), i)
    table.finish()
    for _ in range(30):
        doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(40)))
        expected = [(start, end, int(nlp.vocab.strings[key][1:])) for key, start, end in matcher(doc)]
        assert table(doc) == expected


def test_loading_the_pipeline_leaves_the_garbage_collector_as_it_was():
    """Start-up pauses the collector; only the canlp command (canlp.FREEZE_AT_START_UP) also freezes."""
    import subprocess
    import sys

    script = (
        "import gc, canlp.pipeline\n"
        "before = gc.get_freeze_count()\n"
        "canlp.pipeline.load(classify=False)\n"
        "assert gc.isenabled() and gc.get_freeze_count() == before == 0, gc.get_freeze_count()\n"
        "gc.disable(); canlp.pipeline.load(classify=False); assert not gc.isenabled(); gc.enable()\n"
        "canlp.FREEZE_AT_START_UP = True; canlp.pipeline.load(classify=False)\n"
        "assert gc.isenabled() and gc.get_freeze_count() > 100000\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
