"""The wheel carries everything canlp needs at run time, and installs the console script."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_in_a_fresh_environment_and_runs(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("canlp-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # The dependencies are those of the current environment; canlp itself comes from the wheel only.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    help_run = subprocess.run(
        [str(venv / "bin" / "canlp"), "--help"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert help_run.returncode == 0, help_run.stderr
    assert "corpus" in help_run.stdout
    probe = subprocess.run(
        [
            str(python), "-c",
            "import canlp, canlp.paths, canlp.corpus;"
            "print(canlp.__file__);"
            "print(len(canlp.corpus.load_records()));"
            "print(len(list(canlp.paths.declarations_dir().glob('*.json'))));"
            "print(canlp.load_kb().holder('KAZ', 'president', None))",
        ],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )
    assert probe.returncode == 0, probe.stderr
    location, n_records, n_declarations, president = probe.stdout.split("\n")[:4]
    assert location.startswith(str(venv))
    assert int(n_records) >= 900
    assert int(n_declarations) >= 8
    assert president == "Kassym-Jomart Tokayev"
    # the packaged models load from the wheel (their manifest and corpus hash match there too)
    (tmp_path / "call.txt").write_text(
        "President Kassym-Jomart Tokayev held a telephone conversation with President Shavkat Mirziyoyev.",
        encoding="utf-8",
    )
    classified = subprocess.run(
        [str(venv / "bin" / "canlp"), "classify", "call.txt", "--format", "jsonl", "--date", "2023-01-02"],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )
    assert classified.returncode == 0, classified.stderr
    assert '"modality": "phone_call"' in classified.stdout
