"""Every command documents itself with an example, through the installed console script, and stays quick."""

import shutil
import subprocess
import sys

import pytest

COMMANDS = [
    ["corpus", "check"], ["corpus", "assign-splits"], ["train"], ["evaluate"], ["classify"],
    ["compare-declarations"], ["dataset"], ["report"],
]


def canlp_script():
    script = shutil.which("canlp") or str(__import__("pathlib").Path(sys.executable).parent / "canlp")
    return script


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command):
    result = subprocess.run([canlp_script(), *command, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "Example" in result.stdout
    assert f"canlp {command[-1]}" in result.stdout or f"canlp {' '.join(command)}" in result.stdout


def test_top_level_help_lists_the_commands_and_exit_codes():
    result = subprocess.run([canlp_script(), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for command in ("classify", "compare-declarations", "dataset", "report", "evaluate", "train", "corpus"):
        assert command in result.stdout
    assert "Exit codes" in result.stdout


def test_help_does_not_import_the_heavy_libraries():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from canlp.cli import app\n"
        "CliRunner().invoke(app, ['--help'])\n"
        "CliRunner().invoke(app, ['dataset', '--help'])\n"
        "print(sorted(m for m in ('spacy', 'sklearn', 'pandas', 'matplotlib') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_an_unknown_option_is_a_usage_error():
    result = subprocess.run([canlp_script(), "report", "--no-such-option"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "No such option" in result.stderr


@pytest.mark.parametrize("module", ["canlp", "canlp.cli"])
def test_python_dash_m_runs_the_same_commands(module):
    """``python -m canlp`` (and ``python -m canlp.cli``) is the console script: a readout on stdin gives its record."""
    text = "On 3 May 2023, President Kassym-Jomart Tokayev held a telephone conversation with President Shavkat Mirziyoyev."
    result = subprocess.run([sys.executable, "-m", module, "classify", "-", "--format", "jsonl"], input=text,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    record = __import__("json").loads(result.stdout)
    assert record["modality"] == "phone_call"
    assert [p["name"] for p in record["participants"]] == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
