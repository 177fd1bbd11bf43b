"""The interactions dataset: the merge rule, the rows, the files, the report and their commands."""

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import canlp
from canlp.cli import app
from canlp.dataset import (
    COLUMNS,
    compatible,
    dyads_of,
    group_reports,
    interaction_row,
    interactions_from_reports,
    load_duplicates,
    pairwise_scores,
    read_dataset,
    same_interaction,
    to_frame,
    write_dataset,
)
from canlp.reporting import report

DATA = Path(__file__).parent / "data" / "dataset"
runner = CliRunner()

TOKAYEV = {"name": "Kassym-Jomart Tokayev", "role": "president", "state": "KAZ"}
MIRZIYOYEV = {"name": "Shavkat Mirziyoyev", "role": "president", "state": "UZB"}
NURTLEU = {"name": "Murat Nurtleu", "role": "foreign_minister", "state": "KAZ"}
SAIDOV = {"name": "Bakhtiyor Saidov", "role": "foreign_minister", "state": "UZB"}
JAPAROV = {"name": "Sadyr Japarov", "role": "president", "state": "KGZ"}
RAHMON = {"name": "Emomali Rahmon", "role": "president", "state": "TJK"}
PUTIN = {"name": "Vladimir Putin", "role": "president", "state": "RUS"}


def row(date, modality, people, themes=("political_dialogue",), ident="x", url=None, source_state=None):
    roles = [p["role"] for p in people]
    return {
        "id": ident, "date": date, "modality": modality, "participants": list(people),
        "participant_states": sorted({p["state"] for p in people}), "themes": list(themes),
        "level": canlp.labels.level_of(roles), "url": url, "source_state": source_state,
    }


CALL = row("2024-03-14", "phone_call", [TOKAYEV, MIRZIYOYEV])


@pytest.mark.parametrize(
    "other, expected",
    [
        (row("2024-03-14", "phone_call", [MIRZIYOYEV, TOKAYEV]), True),  # the other side's readout
        (row("2024-03-15", "phone_call", [TOKAYEV, MIRZIYOYEV]), True),  # published the next day
        (row("2024-03-16", "phone_call", [TOKAYEV, MIRZIYOYEV]), False),  # a second call two days later
        (row("2024-03-14", "message", [TOKAYEV, MIRZIYOYEV]), False),  # a telegram the same day
        (row("2024-03-14", "meeting", [NURTLEU, SAIDOV]), False),  # the ministers, another modality
        (row("2024-03-14", "phone_call", [NURTLEU, SAIDOV]), False),  # the ministers, another level
        (row("2024-03-14", "phone_call", [TOKAYEV, PUTIN]), False),  # another partner the same day
        (row(None, "phone_call", [TOKAYEV, MIRZIYOYEV]), None),  # undated: only reprints merge
    ],
)
def test_compatible_reports(other, expected):
    assert compatible(CALL, other) is expected


SUMMIT = row("2024-08-09", "meeting", [TOKAYEV, MIRZIYOYEV, JAPAROV, RAHMON])


@pytest.mark.parametrize(
    "other, expected",
    [
        (row("2024-08-09", "meeting", [TOKAYEV, MIRZIYOYEV, JAPAROV]), True),  # 3 of 4 states: overlap 0.75
        (row("2024-08-09", "meeting", [TOKAYEV, JAPAROV, PUTIN]), False),  # overlap 0.4
        (row("2024-08-09", "meeting", [TOKAYEV, JAPAROV]), False),  # a bilateral on the sidelines
    ],
)
def test_multilateral_reports_merge_on_overlapping_states(other, expected):
    assert compatible(SUMMIT, other) is expected


@pytest.mark.parametrize(
    "similarity, expected", [(0.5, True), (0.01, False)]
)
def test_similar_content_is_required(similarity, expected):
    assert same_interaction(CALL, row("2024-03-14", "phone_call", [TOKAYEV, MIRZIYOYEV]), similarity) is expected


@pytest.mark.parametrize("similarity, expected", [(0.95, True), (0.5, False)])
def test_undated_reports_merge_only_when_near_identical(similarity, expected):
    assert same_interaction(CALL, row(None, "phone_call", [TOKAYEV, MIRZIYOYEV]), similarity) is expected


def test_groups_do_not_chain_across_days():
    # calls on the 1st, 2nd and 3rd: each pair of neighbours is a day apart, but 1st and 3rd are not
    rows = [row(f"2024-05-0{d}", "phone_call", [TOKAYEV, MIRZIYOYEV], ident=str(d)) for d in (1, 2, 3)]
    text = "The presidents discussed trade, energy and the railway."
    assert group_reports(rows, [text] * 3) == [[0, 1], [2]]


def test_interaction_row_unites_the_reports():
    a = row("2024-03-15", "phone_call", [TOKAYEV, MIRZIYOYEV], ["trade_economy"], "uza-1", "https://uza.uz/1", "UZB")
    b = row("2024-03-14", "phone_call", [MIRZIYOYEV, TOKAYEV], ["energy", "trade_economy"], "akorda-1",
            "https://akorda.kz/1", "KAZ")
    merged = interaction_row([a, b])
    assert merged["date"] == "2024-03-14"
    assert merged["year"] == 2024
    assert merged["participants"] == ["Kassym-Jomart Tokayev (president, KAZ)", "Shavkat Mirziyoyev (president, UZB)"]
    assert merged["dyads"] == ["KAZ-UZB"]
    assert merged["themes"] == ["trade_economy", "energy"]  # in the order of ANNOTATION.md's table
    assert merged["n_reports"] == 2
    assert merged["document_ids"] == ["uza-1", "akorda-1"]
    assert merged["source_states"] == ["UZB", "KAZ"]
    assert (merged["level"], merged["format"], merged["intraregional"], merged["ceremonial_only"]) == (
        "president", "bilateral", True, False)


def test_dyads_of_a_multilateral_interaction():
    assert dyads_of(["UZB", "KAZ", "RUS"]) == ["KAZ-RUS", "KAZ-UZB", "RUS-UZB"]


def test_reports_that_are_not_interactions_are_left_out():
    none = row("2024-03-14", "none", [TOKAYEV])
    rows = [CALL, none, row("2024-03-14", "phone_call", [MIRZIYOYEV, TOKAYEV])]
    texts = ["The presidents discussed trade and energy."] * 3
    interactions = interactions_from_reports(rows, texts)
    assert [i["interaction_id"] for i in interactions] == ["2024-03-14-phone_call-KAZ-UZB"]
    assert interactions[0]["n_reports"] == 2


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_dataset_files_round_trip(tmp_path, suffix):
    rows = [CALL, row("2024-04-20", "phone_call", [JAPAROV, RAHMON], ["ceremonial"], url="https://kabar.kg/a")]
    frame = to_frame(interactions_from_reports(rows, ["trade talks", "holiday greetings"]))
    path = tmp_path / f"interactions{suffix}"
    write_dataset(frame, path)
    back = read_dataset(path)
    assert list(back.columns) == list(COLUMNS)
    assert back["participant_states"].tolist() == [["KAZ", "UZB"], ["KGZ", "TJK"]]
    assert back["urls"].tolist() == [[], ["https://kabar.kg/a"]]
    assert back["ceremonial_only"].tolist() == [False, True]
    assert back["year"].tolist() == [2024, 2024]


def test_a_file_that_is_not_a_dataset_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match="not an interactions dataset"):
        read_dataset(path)


# ---------------------------------------------------------------- report

def small_frame():
    rows = [
        row("2023-01-10", "phone_call", [TOKAYEV, MIRZIYOYEV], ["ceremonial"]),
        row("2023-06-01", "visit", [TOKAYEV, PUTIN], ["trade_economy", "energy"]),
        row("2024-03-14", "meeting", [NURTLEU, SAIDOV], ["political_dialogue"]),
        row("2024-08-09", "meeting", [TOKAYEV, MIRZIYOYEV, JAPAROV, RAHMON], ["environment_water"]),
    ]
    texts = ["greetings", "oil and gas", "agenda", "water"]
    return to_frame(interactions_from_reports(rows, texts))


def test_report_tables():
    tables = report(small_frame())
    assert tables["per_year"].to_dict("list") == {"year": [2023, 2024], "interactions": [2, 2]}
    assert tables["year_by_modality"].loc[2024, "meeting"] == 2
    assert tables["year_by_modality"]["total"].tolist() == [2, 2]
    level = tables["level"].set_index("level")
    assert level.loc["president", "interactions"] == 3
    assert level.loc["foreign_minister", "share"] == 0.25
    assert tables["format"].loc[2024, "multilateral_share"] == 0.5
    states = tables["states"].set_index("state")
    assert states.loc["KAZ", "interactions"] == 4
    assert states.loc["KAZ", "partners"] == 4  # UZB, RUS, and KGZ, TJK at the summit
    assert states.loc["RUS", "intraregional_share"] == 0.0
    dyads = tables["dyads"]
    assert dyads.loc["KAZ", "UZB"] == dyads.loc["UZB", "KAZ"] == 3
    assert dyads.loc["KGZ", "TJK"] == 1
    assert list(dyads.index[:5]) == ["KAZ", "KGZ", "TJK", "UZB", "RUS"]
    assert tables["ceremonial"].loc[2023, "ceremonial_only"] == 1
    assert tables["ceremonial"].loc[2023, "ceremonial_share"] == 0.5


def test_report_charts(tmp_path):
    from canlp.reporting import plot_report

    written = plot_report(report(small_frame()), tmp_path)
    assert sorted(p.name for p in written) == ["dyads.png", "states.png", "trend.png"]
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in written)


# ---------------------------------------------------------------- commands and the notebook API

def test_dataset_command_merges_the_two_sides(tmp_path):
    out = tmp_path / "interactions.csv"
    result = runner.invoke(app, ["dataset", str(DATA), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    frame = read_dataset(out)
    assert frame["interaction_id"].tolist() == [
        "2024-03-14-meeting-KAZ-UZB", "2024-03-14-phone_call-KAZ-UZB", "2024-04-20-phone_call-KGZ-TJK"]
    assert sorted(frame.loc[1, "document_ids"]) == ["akorda-call", "uza-call"]
    assert frame["level"].tolist() == ["foreign_minister", "president", "president"]
    assert "5 documents read, 4 report an interaction, 3 interactions" in result.stderr
    assert not (tmp_path / ".interactions.csv.progress.jsonl").exists()


def test_dataset_command_resumes_an_interrupted_run(tmp_path):
    out = tmp_path / "interactions.csv"
    first = runner.invoke(app, ["dataset", str(DATA), "--out", str(out), "--quiet"])
    assert first.exit_code == 0
    expected = out.read_text()
    # an interrupted run leaves the progress file: two documents done, the last line cut short
    from canlp.dataset import _document_key
    from canlp.reading import read_inputs

    documents = list(read_inputs([str(DATA)]))
    done = canlp.api.classify_documents(documents[:2])
    progress = tmp_path / ".interactions.csv.progress.jsonl"
    lines = [json.dumps({"key": _document_key(d), "row": r, "text": d.text}) for d, r in zip(documents, done)]
    progress.write_text("\n".join(lines) + '\n{"key": "cut sho')
    out.unlink()
    second = runner.invoke(app, ["dataset", str(DATA), "--out", str(out), "--quiet"])
    assert second.exit_code == 0
    assert "resuming from" in second.stderr
    assert out.read_text() == expected
    assert not progress.exists()


@pytest.mark.parametrize(
    "arguments, fragment",
    [
        (["--out", "interactions.xlsx"], "must be a .csv or .parquet file"),
        (["--out", "x.csv", "--workers", "0"], "Invalid value for '--workers'"),
        (["--out", "x.csv", "--workers", "2", "--scheduler", "tcp://localhost:1"], "not both"),
        (["--out", "x.csv", "--date", "14/03/2024"], "is not YYYY-MM-DD"),
    ],
)
def test_dataset_command_usage_errors(tmp_path, arguments, fragment):
    arguments = [a if not a.endswith((".csv", ".xlsx")) else str(tmp_path / a) for a in arguments]
    result = runner.invoke(app, ["dataset", str(DATA), *arguments])
    assert result.exit_code == 2
    assert fragment in result.stderr


def test_dataset_command_reports_bad_inputs_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "call.txt").write_text((DATA / "kabar-call.txt").read_text())
    (folder / "empty.txt").write_text("  \n")
    errors = tmp_path / "errors.csv"
    result = runner.invoke(app, ["dataset", str(folder), "--out", str(tmp_path / "i.csv"), "--errors", str(errors)])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.stderr
    problems = pd.read_csv(errors)
    assert problems[["path", "level", "message"]].to_dict("list") == {
        "path": [str(folder / "empty.txt")], "level": ["error"], "message": ["empty file"]}
    assert len(read_dataset(tmp_path / "i.csv")) == 1


def test_report_command_from_a_dataset(tmp_path):
    path = tmp_path / "interactions.csv"
    write_dataset(small_frame(), path)
    result = runner.invoke(app, ["report", str(path), "--format", "json", "--plot", str(tmp_path / "charts"),
                                 "--csv", str(tmp_path / "tables")])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["interactions"] == 4
    assert payload["per_year"]["data"] == [[2023, 2], [2024, 2]]
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == ["dyads.png", "states.png", "trend.png"]
    assert len(list((tmp_path / "tables").glob("*.csv"))) == 7


def test_report_command_from_communiques():
    result = runner.invoke(app, ["report", str(DATA), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 interactions\n")
    assert "Dyads (interactions both states took part in)" in result.stdout


def test_notebook_api():
    frame = canlp.build_dataset([DATA])
    assert len(frame) == 3 and frame.attrs["documents"] == 5
    tables = canlp.report(frame)
    assert tables["per_year"]["interactions"].tolist() == [3]
    priorities = canlp.compare_declarations(use_labels=True)
    assert list(priorities.columns[:4]) == ["declaration", "paragraphs", "theme", "share"]
    assert set(priorities["declaration"]) == {"xian-2023", "c5plus1-new-york-2023"}


# ---------------------------------------------------------------- the merge rule on the duplicates test set

def test_duplicates_set_follows_the_annotation_guide():
    from canlp.corpus import validate_record

    records = load_duplicates()
    assert len(records) >= 100
    problems = [(r["id"], p) for r in records for p in validate_record({k: v for k, v in r.items()
                                                                         if k not in ("event", "url")})]
    assert problems == []


def test_pairwise_scores():
    scores = pairwise_scores(["a", "a", "b", "c"], [[0, 1, 2], [3]])
    assert (scores["pairs_gold"], scores["pairs_found"], scores["precision"], scores["recall"]) == (1, 3, 0.3333, 1.0)
    assert scores["events_exact"] == 1


def test_people_who_differ_entirely_are_different_interactions():
    li_qiang = {"name": "Li Qiang", "role": "prime_minister", "state": "CHN"}
    xi = {"name": "Xi Jinping", "role": "president", "state": "CHN"}
    talks_with_xi = row("2024-01-24", "visit", [MIRZIYOYEV, xi])
    assert compatible(talks_with_xi, row("2024-01-24", "visit", [MIRZIYOYEV, li_qiang])) is False
    assert compatible(talks_with_xi, row("2024-01-24", "visit", [MIRZIYOYEV, xi, li_qiang])) is True


def test_merge_rule_on_the_held_out_duplicates():
    """set-b was never used to choose the thresholds (set-a was): measured P 0.913, R 1.0 on the gold annotations."""
    from canlp.corpus import read_jsonl
    from canlp.dataset import duplicates_files, evaluate_merging

    held_out = [path for path in duplicates_files() if path.stem == "set-b"]
    records = [record for _, record in read_jsonl(held_out[0])]
    scores = evaluate_merging(records, end_to_end=False)["rule"]
    assert scores["precision"] >= 0.91
    assert scores["recall"] >= 0.99
    assert scores["events_exact"] >= 42


def test_dataset_with_two_workers_equals_one(tmp_path):
    one = runner.invoke(app, ["dataset", str(DATA), "--out", str(tmp_path / "one.csv"), "-q"])
    two = runner.invoke(app, ["dataset", str(DATA), "--out", str(tmp_path / "two.csv"), "-q", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert (tmp_path / "two.csv").read_text() == (tmp_path / "one.csv").read_text()


def test_notebook_compare_declarations_policy_only():
    priorities = canlp.compare_declarations(use_labels=True, policy_only=True)
    xian = priorities[priorities["declaration"] == "xian-2023"]
    assert xian["theme"].tolist()[:3] == ["trade_economy", "culture_education", "security"]
    assert "political_dialogue" not in set(priorities["theme"])
    assert priorities.attrs["framing"]["xian-2023"][0]["theme"] == "political_dialogue"
