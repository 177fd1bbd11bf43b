"""Arbitrary and degenerate text never breaks reading, extraction or classification (hypothesis)."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canlp.api import classify_documents
from canlp.components.dates import find_date
from canlp.labels import MODALITIES, THEMES
from canlp.pipeline import load, make_doc
from canlp.reading import InputDocument, InputError, _records, decode

NLP = load()
WORDS = st.sampled_from(
    ["President", "Tokayev", "held", "talks", "with", "the", "Head", "of", "State", "Uzbek", "counterpart", ".",
     ",", "\n", "On", "26", "November", "2019", "Kazakh-Uzbek", "KAZINFORM", "–", "Related", "news", "Japarov",
     "Berdimuhamedov", "greetings", "to", "late", "former", "Minister", "Foreign", "presidents", "of",
     "Kazakhstan", "and", "Kyrgyzstan", "U.S", "dollars", "Emir", "Amir", "’s", "'s", "-", "Heydar", "Aliyev"]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, date=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_pipeline_never_fails_and_outputs_valid_labels(text, date):
    doc = NLP(make_doc(NLP, text, date))
    assert doc._.modality in MODALITIES
    assert set(doc._.themes) <= set(THEMES)
    assert all(p["role"] in ("president", "prime_minister", "foreign_minister", "other") for p in doc._.participants)
    assert doc._.participant_states == sorted({p["state"] for p in doc._.participants if p["state"]})
    json.dumps([doc._.participants, doc._.mentioned_states, doc._.date])  # plain data only


@settings(max_examples=40, deadline=None)
@given(text=TEXTS)
def test_classify_documents_gives_one_consistent_row(text):
    (row,) = classify_documents([InputDocument(id="x", text=text)], nlp=NLP)
    if row["modality"] == "none":
        assert len(row["participant_states"]) < 2
    assert row["format"] in (None, "bilateral", "multilateral")


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_decoding_arbitrary_bytes_gives_text_or_a_clear_error(data):
    try:
        assert isinstance(decode(data, "x"), str)
    except ValueError as error:
        assert str(error)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_json_lines_reader_never_raises(text):
    for item in _records(text, "f.jsonl"):
        assert isinstance(item, (InputDocument, InputError))


@given(text=st.text(max_size=500))
def test_find_date_never_raises(text):
    found = find_date(text)
    assert found is None or 1900 <= found.year <= 2099
