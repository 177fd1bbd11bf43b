"""The real-text scorer (benchmarks/score_real_text.py) and its label files."""

import importlib.util
import json
from pathlib import Path

import pytest

from canlp.labels import MODALITIES, THEMES

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("score_real_text", ROOT / "benchmarks" / "score_real_text.py")
scorer = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(scorer)
SETS = sorted((ROOT / "benchmarks" / "real_text").glob("*.jsonl"))


def record(modality, people, themes, fmt=None, mentioned=()):
    return {
        "modality": modality, "themes": list(themes), "format": fmt, "mentioned_states": list(mentioned),
        "participants": [{"name": n, "role": r, "state": s} for n, r, s in people],
        "participant_states": sorted({s for _, _, s in people if s}),
    }


TOK = ("Kassym-Jomart Tokayev", "president", "KAZ")
MIR = ("Shavkat Mirziyoyev", "president", "UZB")
JAP = ("Sadyr Japarov", "president", "KGZ")


def test_scores_of_a_hand_computed_example():
    gold = [record("phone_call", [TOK, MIR], ["trade_economy"], "bilateral", ["KAZ", "UZB"]),
            record("visit", [TOK, JAP], ["energy", "ceremonial"], "bilateral", ["KAZ", "KGZ"])]
    pred = [record("phone_call", [TOK, MIR], ["trade_economy", "energy"], "bilateral", ["KAZ", "UZB"]),
            record("meeting", [TOK], ["energy"], None, ["KAZ", "KGZ"])]
    figures = scorer.scores(gold, pred)
    assert figures["modality_accuracy"] == 0.5
    assert figures["modality_macro_f1"] == pytest.approx(1 / 3)  # phone_call 1, visit 0, meeting 0
    assert figures["themes_micro"] == pytest.approx((2 / 3, 2 / 3, 2 / 3))  # tp 2, fp 1, fn 1
    assert figures["participants_exact"] == 1
    assert figures["persons"] == pytest.approx((1.0, 0.75, 6 / 7))  # tp 3, fp 0, fn 1
    assert figures["format_accuracy"] == 0.5
    assert scorer.differences(gold[1], pred[1])[0] == "  modality gold=visit pred=meeting"


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_label_files_follow_the_record_format_and_hold_no_text(path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in rows}) == len(rows) >= 50
    for r in rows:
        assert "text" not in r and r["url"].startswith("http")
        assert r["modality"] in MODALITIES and set(r["themes"]) <= set(THEMES)
        # a state can take part through an official the text does not name (two texts)
        assert {p["state"] for p in r["participants"] if p["state"]} <= set(r["participant_states"])
        assert r["format"] == {0: None, 1: None, 2: "bilateral"}.get(len(r["participant_states"]), "multilateral")


def test_main_scores_the_texts_it_finds_and_reports_the_missing(tmp_path, capsys):
    (tmp_path / "001.txt").write_text(
        "President Kassym-Jomart Tokayev held a telephone conversation with President Shavkat Mirziyoyev.",
        encoding="utf-8")
    assert scorer.main(["--set", "dev1", "--texts", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "texts: 1"
    assert "69 texts not in" in err
    assert scorer.main(["--set", "dev1", "--texts", str(tmp_path / "nowhere")]) == 2


def test_labels_scores_a_set_of_ones_own(tmp_path, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a1.txt").write_text(
        "On 3 May 2023, President Kassym-Jomart Tokayev held a telephone conversation with President Shavkat Mirziyoyev.",
        encoding="utf-8")
    gold = dict(record("phone_call", [TOK, MIR], ["political_dialogue"], "bilateral", ["KAZ", "UZB"]), id="a1", date="2023-05-03")
    labels = tmp_path / "mine.jsonl"
    labels.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert scorer.main(["--labels", str(labels), "--texts", str(texts)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "texts: 1"
    assert "persons (name+role+state): P 1.000 R 1.000 F1 1.000" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert scorer.main(["--labels", str(bad), "--texts", str(texts)]) == 2
    assert capsys.readouterr().err.startswith(f"error: {bad}: not JSON Lines")
    assert scorer.main(["--labels", str(tmp_path / "none.jsonl"), "--texts", str(texts)]) == 2
    with pytest.raises(SystemExit):  # --set and --labels are one or the other
        scorer.main(["--set", "dev1", "--labels", str(labels), "--texts", str(texts)])


def test_ids_scores_only_the_range_given(tmp_path, capsys):
    for i in ("001", "002", "031"):
        (tmp_path / f"{i}.txt").write_text("President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev.", encoding="utf-8")
    assert scorer.main(["--set", "dev1", "--texts", str(tmp_path), "--ids", "001-030"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "texts: 2"
    assert "28 texts not in" in err  # the range's other texts, not the set's 67 others
    assert scorer.main(["--set", "dev1", "--texts", str(tmp_path), "--ids", "001"]) == 2
    assert capsys.readouterr().err.strip() == "error: --ids 001: expected FIRST-LAST, e.g. 001-030"


def test_text_dates_passes_no_labelled_dates(tmp_path, monkeypatch):
    # dev1 text 010 is labelled 2020-12-21; its text names no year: with --text-dates canlp gets no date
    (tmp_path / "010.txt").write_text("Sergey Lavrov met Abdulaziz Kamilov in Moscow on December 21.", encoding="utf-8")
    seen = []
    import canlp.api

    real = canlp.api.classify

    def spy(texts, dates=None, **kwargs):
        seen.append(list(dates))
        return real(texts, dates=dates, **kwargs)

    monkeypatch.setattr(canlp.api, "classify", spy)
    assert scorer.main(["--set", "dev1", "--texts", str(tmp_path)]) == 0
    assert scorer.main(["--set", "dev1", "--texts", str(tmp_path), "--text-dates"]) == 0
    assert seen == [["2020-12-21"], [None]]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Tokayev", "Kassym-Jomart Tokayev"),  # a known spelling of one person: the canonical name
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),  # accents folded before the lookup
        ("Ahmet Başar Şen", "ahmet basar sen"),  # missing from the knowledge base: the folded spelling
        (None, None),
    ],
)
def test_names_are_compared_as_people(name, expected):
    assert scorer.same_person(name) == expected


def test_two_spellings_of_one_person_score_as_one():
    gold = record("phone_call", [("Recep Tayyip Erdoğan", "president", "TUR"), TOK], ["political_dialogue"])
    pred = record("phone_call", [("Recep Tayyip Erdogan", "president", "TUR"), TOK], ["political_dialogue"])
    assert scorer.scores([gold], [pred])["persons"] == (1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    "gold_name, pred_name, expected",
    [
        ("Akilbek Japarov", "Akylbek Japarov", (1.0, 1.0, 1.0)),  # the text's transliteration of a known person
        ("S Jaishankar", "Subrahmanyam Jaishankar", (1.0, 1.0, 1.0)),  # an initial for the given name
        ("Hamad bin Isa al-Khalifa", "Hamad bin Isa Al Khalifa", (1.0, 1.0, 1.0)),  # a hyphen
        ("Hossein Amirabdollahian", "Hossein Amir-Abdollahian", (1.0, 1.0, 1.0)),  # a hyphen inside the surname
        ("Hossein Amir-Abdollahian", "Hossein Amirabdollahian", (1.0, 1.0, 1.0)),
        ("Hossein Amirabdollahian", "Hossein Abdollahian", (0.5, 0.5, 0.5)),  # part of the surname: two people
        ("Bakhtiyor Saidov", "Bakhodir Sattarov", (0.5, 0.5, 0.5)),  # another surname: a miss and an extra
        ("Anvar Karimov", "Islam Karimov", (0.5, 0.5, 0.5)),  # another first letter: two people
    ],
)
def test_spellings_of_one_person_align_across_transliterations(gold_name, pred_name, expected):
    gold = record("meeting", [(gold_name, "other", "UZB"), TOK], ["political_dialogue"])
    pred = record("meeting", [(pred_name, "other", "UZB"), TOK], ["political_dialogue"])
    assert scorer.scores([gold], [pred])["persons"] == pytest.approx(expected)
