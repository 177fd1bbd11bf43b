"""The examples/ script runs end to end, as a reader of the README would run it."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_example_analysis_runs_end_to_end(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("example", ROOT / "examples" / "central_asia_diplomacy.py")
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    data = ROOT / "tests" / "data" / "dataset"
    result = example.main([str(data), "--out", str(tmp_path)])
    printed = capsys.readouterr().out
    assert printed.startswith("5 communiqués -> 3 interactions\n")
    assert "most engaged outside partners: {}" in printed  # the sample has Central Asian states only
    assert len(result["interactions"]) == 3
    assert sorted(p.name for p in (tmp_path / "charts").iterdir()) == ["dyads.png", "states.png", "trend.png"]
    assert (tmp_path / "interactions.csv").exists() and (tmp_path / "declaration_priorities.csv").exists()
    assert set(result["priorities"]["declaration"]) == {"xian-2023", "c5plus1-new-york-2023"}
