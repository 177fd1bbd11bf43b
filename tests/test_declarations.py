"""Declaration priorities: ranking, bootstrap intervals, pairwise tests, keyness, CLI."""

import json

from typer.testing import CliRunner

from canlp.cli import app
from canlp.declarations import bundled_declarations, keyness, load_declaration, priorities
from canlp.labels import THEMES


def test_priorities_rank_by_share_then_summed_probability():
    themes = [["energy"], ["energy", "security"], ["security"], ["trade_economy"]]
    probabilities = [[0.0] * len(THEMES) for _ in themes]
    probabilities[2][THEMES.index("security")] = 0.9  # security and energy tie at 2/4: probability decides
    rows = priorities(themes, __import__("numpy").array(probabilities))
    assert [(r["theme"], r["share"], r["rank"]) for r in rows] == [
        ("security", 0.5, 1), ("energy", 0.5, 2), ("trade_economy", 0.25, 3)
    ]
    assert all(r["ci_low"] <= r["share"] <= r["ci_high"] for r in rows)


def test_keyness_signs_words_to_the_declaration_they_mark():
    result = keyness(["gas gas gas pipeline energy"] * 3, ["water water climate glaciers"] * 3)
    assert result["a"][0][0] == "gas" and result["a"][0][1] > 0
    assert result["b"][0][0] == "water" and result["b"][0][1] < 0


def test_bundled_digests_are_found_and_loaded():
    bundled = bundled_declarations()
    assert {"xian-2023", "c5plus1-new-york-2023"} <= set(bundled)
    xian = load_declaration(bundled["xian-2023"])
    assert len(xian.paragraphs) == len(xian.labels) == 25


def test_compare_declarations_json_schema_with_annotated_labels():
    result = CliRunner().invoke(app, ["compare-declarations", "--use-labels", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    names = [d["name"] for d in data["declarations"]]
    assert names == ["xian-2023", "c5plus1-new-york-2023"]
    xian = data["declarations"][0]
    assert xian["paragraphs"] == 25 and len(xian["paragraph_themes"]) == 25
    assert [t["rank"] for t in xian["themes"]] == list(range(1, len(xian["themes"]) + 1))
    assert (xian["themes"][0]["theme"], xian["themes"][0]["share"]) == ("political_dialogue", 0.32)
    assert (xian["themes"][1]["theme"], xian["themes"][1]["share"]) == ("trade_economy", 0.24)
    (comparison,) = data["comparisons"]
    assert (comparison["a"], comparison["b"]) == ("xian-2023", "c5plus1-new-york-2023")
    assert all(0.0 <= row["p_value"] <= 1.0 for row in comparison["themes"])


def test_compare_a_text_file_split_into_numbered_points(tmp_path):
    text = tmp_path / "summit.txt"
    text.write_text(
        "Joint statement\n1. The parties will expand trade and investment.\n2. They will build new railways and "
        "transport corridors.\n3. They will fight terrorism and drug trafficking.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["compare-declarations", str(text), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "declaration,theme,share,ci_low,ci_high,rank,probability"
    assert "summit,trade_economy" in result.stdout


def test_compare_declarations_usage_errors(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["compare-declarations", str(tmp_path / "none.json")]).exit_code == 2
    assert runner.invoke(app, ["compare-declarations", str(tmp_path), "--all-bundled"]).exit_code == 2


def test_plot_is_written(tmp_path):
    target = tmp_path / "priorities.svg"
    result = CliRunner().invoke(app, ["compare-declarations", "--use-labels", "--plot", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert "security" in target.read_text(encoding="utf-8")
    assert CliRunner().invoke(app, ["compare-declarations", "--plot", str(tmp_path / "p.gif")]).exit_code == 2
