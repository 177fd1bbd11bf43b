"""The annotated corpus: valid records, fixed splits, minimums met."""

import copy
import json

from typer.testing import CliRunner

from canlp.cli import app
from canlp.corpus import (
    assign_splits,
    check_minimums,
    corpus_files,
    coverage,
    load_records,
    validate_files,
    validate_record,
)
from canlp.paths import corpora_dir

RECORD = {
    "id": "t-1",
    "date": "2019-12-30",
    "source_state": "KAZ",
    "modality": "phone_call",
    "participants": [
        {"name": "Kassym-Jomart Tokayev", "role": "president", "state": "KAZ"},
        {"name": "Shavkat Mirziyoyev", "role": "president", "state": "UZB"},
    ],
    "participant_states": ["KAZ", "UZB"],
    "mentioned_states": ["KAZ", "UZB"],
    "format": "bilateral",
    "themes": ["ceremonial", "culture_education", "political_dialogue"],
    "text": "Kassym-Jomart Tokayev held a telephone conversation with Shavkat Mirziyoyev.",
}


def test_the_annotation_example_is_valid():
    assert validate_record(RECORD) == []


def _with(**changes):
    record = copy.deepcopy(RECORD)
    record.update(changes)
    return record


def test_validation_catches_each_kind_of_error():
    assert validate_record(_with(modality="call")) == [
        "modality 'call' is not one of visit, meeting, phone_call, video_call, message, none"
    ]
    assert validate_record(_with(format="multilateral")) == [
        "format 'multilateral' should be 'bilateral' for states ['KAZ', 'UZB']"
    ]
    assert validate_record(_with(themes=["trade"])) == ["unknown themes: ['trade']"]
    assert validate_record(_with(mentioned_states=["UZB", "KAZ"])) == [
        "mentioned_states must be a sorted list without repeats"
    ]
    tokaev = _with(participants=[{"name": "Tokaev", "role": "president", "state": "KAZ"}, RECORD["participants"][1]])
    assert "participant 'Tokaev' is not a canonical name of the knowledge base" in validate_record(tokaev)
    early = _with(date="2015-01-10")
    assert validate_record(early) == [
        "participant Kassym-Jomart Tokayev: not president of KAZ on 2015-01-10 per the knowledge base",
        "participant Shavkat Mirziyoyev: not president of UZB on 2015-01-10 per the knowledge base",
    ]
    assert validate_record(_with(modality="none")) == [
        "modality 'none' but officials of two or more states take part"
    ]


def test_bundled_corpus_is_valid_and_meets_every_minimum():
    records, problems = validate_files(corpus_files(), require_split=True)
    assert [str(p) for p in problems] == []
    failed = [row for row in check_minimums(coverage(records)) if not row[3]]
    assert failed == []


def test_splits_are_fixed_by_the_committed_manifest():
    manifest = json.loads((corpora_dir() / "splits.json").read_text(encoding="utf-8"))
    current = {r["id"]: r["split"] for r in load_records()}
    assert current == manifest


def test_assign_splits_keeps_existing_splits_and_is_deterministic():
    records = [dict(id=f"x-{i}", modality="visit") for i in range(100)]
    records[0]["split"] = "train"
    first = copy.deepcopy(records)
    assert assign_splits(first) == 99
    second = copy.deepcopy(records)
    assign_splits(second)
    assert first == second
    assert first[0]["split"] == "train"
    shares = {s: sum(r["split"] == s for r in first[1:]) for s in ("train", "dev", "test")}
    assert shares == {"train": 62, "dev": 15, "test": 22}


def test_corpus_check_command_passes_on_the_bundled_corpus():
    result = CliRunner().invoke(app, ["corpus", "check"])
    assert result.exit_code == 0, result.output[-2000:]
    assert "0 problems" in result.output


def test_corpus_check_command_reports_a_bad_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_with(format=None)) + "\n{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["corpus", "check", str(bad), "--no-minimums"])
    assert result.exit_code == 1
    assert "format None should be 'bilateral'" in result.output
    assert "bad.jsonl:2: not valid JSON" in result.output


def test_corpus_check_on_a_missing_path_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["corpus", "check", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
