"""`--workers` / ``n_process``: worker processes give the very output of one process."""

import json

import pytest
from typer.testing import CliRunner

from canlp.api import classify, classify_documents
from canlp.cli import app
from canlp.corpus import load_records
from canlp.reading import InputDocument


@pytest.fixture(scope="module")
def records():
    return load_records()[:40]


def _documents(records):
    return [
        InputDocument(id=r["id"], text=r["text"], date=r["date"], source_state=r["source_state"], extra={"n": i})
        for i, r in enumerate(records)
    ]


def test_two_processes_give_the_output_of_one(records):
    documents = _documents(records)
    ticks = []
    one = classify_documents(documents, batch_size=8)
    two = classify_documents(documents, batch_size=8, n_process=2, progress=lambda: ticks.append(1))
    assert len(two) == 40 and [row["id"] for row in two] == [r["id"] for r in records]
    assert json.dumps(two) == json.dumps(one)
    assert [row["n"] for row in two] == list(range(40))  # extra fields come back from the workers
    assert len(ticks) == 40  # progress is reported for every document


def test_explanations_in_worker_processes_match(records):
    documents = _documents(records[:6])
    one = classify_documents(documents, batch_size=2, explain=True)
    two = classify_documents(documents, batch_size=2, explain=True, n_process=2)
    assert all("explanation" in row for row in two)
    assert json.dumps(two) == json.dumps(one)


def test_notebook_api_takes_n_process(records):
    texts = [r["text"] for r in records[:20]]
    assert classify(texts, n_process=2).to_json() == classify(texts).to_json()


def test_n_process_below_one_is_refused(records):
    with pytest.raises(ValueError, match="n_process must be at least 1"):
        classify_documents(_documents(records[:2]), n_process=0)


def test_cli_workers_output_identical(records, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(
        "".join(json.dumps({"id": r["id"], "text": r["text"], "date": r["date"]}) + "\n" for r in records),
        encoding="utf-8",
    )
    runner = CliRunner()
    one = runner.invoke(app, ["classify", str(path), "--format", "jsonl", "-q"])
    two = runner.invoke(app, ["classify", str(path), "--format", "jsonl", "-q", "--workers", "2"])
    assert one.exit_code == 0 and two.exit_code == 0
    assert len(two.stdout.splitlines()) == 40
    assert two.stdout == one.stdout


@pytest.mark.parametrize(
    "options, message",
    [
        (["--workers", "0"], "--workers"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"], "not both"),
    ],
)
def test_cli_bad_worker_options_are_usage_errors(tmp_path, options, message):
    path = tmp_path / "a.txt"
    path.write_text("Kassym-Jomart Tokayev held a telephone conversation with Shavkat Mirziyoyev.", encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", str(path), *options])
    assert result.exit_code == 2
    assert message in result.output
