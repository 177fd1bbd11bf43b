"""The quicker ways canlp.features finds things give what the plain ways give (on the corpus and random text)."""

import random
import re

import pytest

from canlp import features
from canlp.corpus import load_records

ALPHABET = "ab Zc. !?:\"”’)“('-_9\t\n\r\u00a0éİ\u2019ş日\x85,;"


@pytest.fixture(scope="module")
def corpus_texts():
    return [r["text"] for r in load_records()]


def _random_texts(seed, n=3000, longest=60):
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def _plain_state_of(word):
    """The look-up of a state word as it was written before the possessive forms were tabled."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return features.STATE_WORDS.get(word)


@pytest.mark.parametrize("seed", range(3))
def test_three_word_test_counts_as_findall(corpus_texts, seed):
    lines = [line.strip() for text in corpus_texts[seed::3] for line in text.splitlines()]
    lines += _random_texts(seed) + ["a" * 199 + "bc d e fg", "ab " * 70 + "cd", "ab cd " + "-" * 193 + "ef"]
    for line in lines:
        plain = len(features.LETTER_WORD.findall(line, 0, 200)) >= 3
        assert (features.THREE_LETTER_WORDS.match(line, 0, 200) is not None) == plain, line


@pytest.mark.parametrize("seed", range(3))
def test_sentences_cut_from_their_stop_mark_are_split_s_sentences(corpus_texts, seed):
    for text in corpus_texts[seed::3] + _random_texts(seed):
        plain = [part.strip() for part in features.SENTENCE_END.split(text) if part.strip()]
        assert list(features.iter_sentences(text)) == plain, text


def test_state_forms_answer_as_the_plain_look_up(corpus_texts):
    words = set(features.STATE_WORDS) | {w + end for w in features.STATE_WORDS for end in ("'s", "’s", "'s's", "s")}
    words |= {w for text in corpus_texts for w in text.split()}
    for word in words:
        assert features._state_of(word) == _plain_state_of(word), word


def test_states_named_as_word_by_word(corpus_texts):
    for text in corpus_texts[::5]:
        plain = {c for run in features.CAPITALISED_RUN.findall(text) for w in run.split() if (c := _plain_state_of(w))}
        assert features.states_named(text) == plain


def test_lexicon_labels_and_found_in_agree_with_hits(corpus_texts):
    texts = corpus_texts[::4] + [" ".join(random.Random(i).choices(["video", "conference", "phone", "call", "by",
                                                                     "state", "visit", "to", "over", "the", "x"], k=8))
                                 for i in range(2000)]
    for lexicon in (features.MODALITY_CUES, features.THEME_KEYWORDS):
        for text in texts:
            hits = lexicon.hits(text)
            assert lexicon.labels(text) == {label for label, _ in hits}
            assert lexicon.found_in(text) == bool(hits)
            tokens = lexicon.TOKEN.findall(text.lower())
            if not lexicon._may_have_phrase(set(tokens)):  # the pre-check skips no phrase that occurs
                assert lexicon._phrase_hits(tokens) == []


def test_masked_runs_are_the_same_from_the_cache():
    text = "On 5 May President Xi Jinping met Uzbek President Shavkat Mirziyoyev. Uzbek President Mirziyoyev left."
    first = features.mask(text)
    assert features.mask(text) == first == "On 0 namex met statex namex. statex namex left."


@pytest.mark.parametrize("seed", range(3))
def test_stems_cut_by_the_pattern_as_by_slicing(corpus_texts, seed):
    texts = corpus_texts[seed::3] + _random_texts(seed) + ["abcdefghij Abcdefgh x ab", ""]
    for text in texts:
        for length in (2, 3, 6, 9):
            assert features.stems(text, length) == " ".join(w[:length] for w in features.WORD.findall(text.lower()))
            lower = " ".join(w[:length] for w in features.LOWER_WORD.findall(text))
            assert features.stems(text, length, lower_only=True) == lower


@pytest.mark.parametrize("seed", range(3))
def test_lexicon_words_from_bytes_are_the_token_pattern_s(corpus_texts, seed):
    texts = corpus_texts[seed::3] + _random_texts(seed) + ["\u212a\u0130\ud800x", "ǅ ß ﬁ Ω"]
    for text in texts:
        assert features.Lexicon.words(text) == features.Lexicon.TOKEN.findall(text.lower()), text


@pytest.mark.parametrize("seed", range(3))
def test_capitalised_runs_as_one_character_per_repetition_finds_them(corpus_texts, seed):
    plain = re.compile(r"[A-Z](?:[\w'’\-]|\.(?=\w))*(?:[ \t]+[A-Z](?:[\w'’\-]|\.(?=\w))*)*")
    rng = random.Random(seed)
    texts = corpus_texts[seed::3] + ["".join(rng.choice("AbZ. \t\n'’-_9é.x") for _ in range(rng.randint(0, 40)))
                                     for _ in range(5000)]
    for text in texts:
        assert [m.span() for m in features.CAPITALISED_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)]
