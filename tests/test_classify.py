"""`canlp classify` and the notebook API: inputs of every kind, outputs in input order, clear errors."""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from canlp.api import classify
from canlp.cli import app
from canlp.corpus import validate_record
from canlp.reading import InputError, read_inputs

CALL = (
    "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev held a telephone conversation with President of "
    "Uzbekistan Shavkat Mirziyoyev. The leaders discussed trade and transport links."
)
VISIT = (
    "Xi Jinping arrives in Ashgabat on a state visit\n\nASHGABAT (TDH) – President of the People's Republic of "
    "China Xi Jinping arrived in Ashgabat on a state visit and held talks with President of Turkmenistan "
    "Gurbanguly Berdimuhamedov. The presidents discussed gas supplies through the Central Asia–China pipeline."
)


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "call.txt").write_text(CALL, encoding="utf-8")
    (tmp_path / "records.jsonl").write_text(
        json.dumps({"id": "v1", "text": VISIT, "date": "2013-09-03", "url": "http://example.org/v1"}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "no-text"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    (tmp_path / "cp1251.txt").write_bytes(CALL.replace("–", "-").encode("cp1251"))
    (tmp_path / "utf16.txt").write_bytes(CALL.encode("utf-16"))
    return tmp_path


def test_reading_reports_bad_inputs_and_keeps_the_rest(inputs):
    items = list(read_inputs([inputs], date="2023-01-02"))
    documents = [i for i in items if not isinstance(i, InputError)]
    errors = sorted(str(i).replace(str(inputs) + "/", "") for i in items if isinstance(i, InputError))
    assert [d.id for d in documents] == ["call", "cp1251", "v1", "utf16"]
    assert errors == [
        "binary.txt: binary file (a PDF document), not text",
        "empty.txt: empty file",
        "records.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)",
        "records.jsonl:3: record has no 'text'",
    ]
    assert documents[1].text.startswith("ASTANA. KAZINFORM - President")
    assert documents[3].text == CALL
    assert documents[2].extra == {"url": "http://example.org/v1"}
    assert documents[0].date == "2023-01-02" and documents[2].date == "2013-09-03"


def test_classify_command_jsonl_in_input_order_with_errors_on_stderr(inputs):
    result = CliRunner().invoke(app, ["classify", str(inputs / "call.txt"), str(inputs / "records.jsonl"),
                                      str(inputs / "empty.txt"), "--format", "jsonl", "--date", "2023-01-02"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["call", "v1"]
    call, visit = rows
    assert (call["modality"], call["format"], call["level"], call["date"]) == ("phone_call", "bilateral", "president", "2023-01-02")
    assert [p["name"] for p in call["participants"]] == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert visit["modality"] == "visit" and visit["url"] == "http://example.org/v1"
    assert [p["name"] for p in visit["participants"]] == ["Xi Jinping", "Gurbanguly Berdimuhamedov"]
    assert "energy" in visit["themes"]
    assert "records.jsonl:2: not valid JSON" in result.stderr and "empty.txt: empty file" in result.stderr


def test_classify_output_validates_against_the_annotation_scheme(inputs):
    result = CliRunner().invoke(app, ["classify", str(inputs / "records.jsonl"), "--format", "json"])
    (row,) = json.loads(result.stdout)
    record = {k: row[k] for k in ("id", "date", "modality", "participants", "participant_states",
                                  "mentioned_states", "format", "themes")}
    record.update(source_state=None, text=VISIT, mentioned_states=sorted(record["mentioned_states"]),
                  themes=sorted(record["themes"]))
    assert validate_record(record) == []


def test_classify_usage_errors_exit_2(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["classify", str(tmp_path / "missing.txt")]).exit_code == 2
    (tmp_path / "a.txt").write_text(CALL, encoding="utf-8")
    assert runner.invoke(app, ["classify", str(tmp_path / "a.txt"), "--date", "30/12/2019"]).exit_code == 2
    assert runner.invoke(app, ["classify", str(tmp_path / "a.txt"), "--format", "xml"]).exit_code == 2


def test_classify_reads_stdin_and_explains():
    result = CliRunner().invoke(app, ["classify", "-", "--format", "json", "--explain"], input=CALL)
    assert result.exit_code == 0
    (row,) = json.loads(result.stdout)
    assert row["id"] == "stdin"
    (modality, terms), = row["explanation"]["modality"].items()
    assert modality == "phone_call" and "telephone" in [t for t, _ in terms]


def test_notebook_api_takes_a_dataframe_and_carries_columns_through():
    frame = pd.DataFrame({"text": [CALL, VISIT], "date": ["2023-01-02", "2013-09-03"], "outlet": ["Kazinform", "TDH"]})
    out = classify(frame)
    assert list(out["modality"]) == ["phone_call", "visit"]
    assert list(out["outlet"]) == ["Kazinform", "TDH"]
    assert list(out["format"]) == ["bilateral", "bilateral"]
    assert list(out["id"]) == ["0", "1"]


def test_installed_console_script_classifies(tmp_path):
    script = Path(sys.executable).parent / "canlp"  # the environment's console script
    assert script.exists()
    (tmp_path / "a.txt").write_text(CALL, encoding="utf-8")
    out = subprocess.run([script, "classify", str(tmp_path / "a.txt"), "--format", "jsonl"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["modality"] == "phone_call"


def test_notebook_api_warns_about_a_bad_date_and_a_huge_text():
    import pandas as pd
    import pytest

    from canlp.api import classify
    from canlp.reading import MAX_TEXT_CHARS

    frame = pd.DataFrame({
        "id": ["a", "b"],
        "text": ["President Sadyr Japarov spoke by phone with President Emomali Rahmon.", "word " * (MAX_TEXT_CHARS // 2)],
        "date": ["last Monday", "2024-01-05"],
    })
    with pytest.warns(UserWarning, match="changed 2 inputs"):
        result = classify(frame)
    assert result["date"].tolist()[1] == "2024-01-05"
    assert [ident for ident, _ in result.attrs["warnings"]] == ["a", "b"]
    assert "treated as unknown" in result.attrs["warnings"][0][1] and "cut to the first" in result.attrs["warnings"][1][1]
    assert result.loc[0, "modality"] == "phone_call"


def test_themes_read_no_page_boilerplate_after_the_body():
    """The theme views stop where page boilerplate starts: a sidebar's headline of another story ("Recommended:
    Kyrgyzstan raises electricity tariffs") adds no energy keyword to talks on education."""
    from canlp.features import views

    body = ("BISHKEK, 3 March 2024 -- The foreign ministers of Kyrgyzstan and Uzbekistan discussed student "
            "exchanges and a joint university branch in Osh. ") * 3
    page = body + "\nRecommended: Kyrgyzstan raises electricity tariffs and gas prices from April\n"
    assert views(page)["text"] == body + "\n"
    assert views(page)["theme_lexicon"] == "lex_culture_education lex_culture_education_2 lex_culture_education_4"
    assert views(body + "\nThey also discussed electricity and gas supplies.")["theme_lexicon"] == (
        "lex_culture_education lex_culture_education_2 lex_culture_education_4 lex_energy lex_energy_2")
