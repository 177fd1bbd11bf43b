"""canlp on Dask: a LocalCluster of two worker processes gives the single-process output."""

import json
import sys

import pytest
from typer.testing import CliRunner

from canlp.api import OUTPUT_KEYS, classify
from canlp.cli import app
from canlp.corpus import load_records


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory):
    """30 corpus records: 24 in four JSON Lines files (read first), 6 as text files, and one empty file."""
    folder = tmp_path_factory.mktemp("dask-inputs")
    records = load_records()[:30]
    for k in range(4):
        with open(folder / f"a-part{k}.jsonl", "w", encoding="utf-8") as handle:
            for r in records[k * 6:(k + 1) * 6]:
                fields = {"id": r["id"], "text": r["text"], "date": r["date"], "source_state": r["source_state"]}
                handle.write(json.dumps({**fields, "url": f"https://example.org/{r['id']}"}) + "\n")
    for r in records[24:]:
        (folder / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    (folder / "zz-empty.txt").write_text("\n", encoding="utf-8")
    return folder, records


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        with Client(local) as client:
            yield local, client


def _plain(value):
    return None if isinstance(value, float) and value != value else value  # NaN of a missing cell


def test_cli_unreachable_scheduler_is_a_usage_error(corpus_files, monkeypatch):
    import canlp.dask

    monkeypatch.setattr(canlp.dask, "SCHEDULER_TIMEOUT", 1)
    folder, _ = corpus_files
    result = CliRunner().invoke(app, ["classify", str(folder), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.output


def test_cli_without_the_dask_extra_says_how_to_install_it(corpus_files, monkeypatch):
    for name in ("dask.bag", "dask.dataframe", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # their import fails as if not installed
    folder, _ = corpus_files
    result = CliRunner().invoke(app, ["classify", str(folder), "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "pip install 'canlp[dask]'" in result.stderr


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["-", "--scheduler", "tcp://127.0.0.1:9"], "standard input (-) cannot be sent to Dask workers"),
        (["no-such-folder", "--scheduler", "tcp://127.0.0.1:9"], "no-such-folder: no such file or directory"),
    ],
)
def test_cli_scheduler_usage_errors(arguments, message):
    result = CliRunner().invoke(app, ["classify", *arguments])
    assert result.exit_code == 2
    assert message in result.stderr


def test_classify_files_in_this_process_reports_bad_files_as_items(corpus_files, tmp_path):
    from canlp.dask import classify_files
    from canlp.reading import InputError

    folder, records = corpus_files
    files = [folder / f"{records[24]['id']}.txt", folder / "zz-empty.txt", tmp_path / "gone.txt"]
    pairs = classify_files(files)
    assert [type(item).__name__ for item, _ in pairs] == ["InputDocument", "InputError", "InputError"]
    assert pairs[0][0].text == records[24]["text"] and pairs[0][1]["id"] == records[24]["id"]
    assert [str(item).replace(str(tmp_path) + "/", "") for item, _ in pairs[2:]] == [
        "gone.txt: no such file or directory on the Dask worker"
    ]
    slim = classify_files(files[:1], keep_text=False)
    assert slim[0][0].text == "" and not isinstance(slim[0][0], InputError)
    assert slim[0][1] == pairs[0][1]


def test_classify_paths_on_a_local_cluster_equals_one_process(corpus_files, cluster):
    from canlp.dask import classify_paths

    folder, records = corpus_files
    _, client = cluster
    lazy = classify_paths([folder], extra_columns=["url"])
    assert lazy.npartitions == 11  # one per file
    frame = client.compute(lazy, sync=True).reset_index(drop=True)
    assert list(frame.columns) == list(OUTPUT_KEYS) + ["url", "origin", "error"]

    ok = frame[frame["error"].isna()]
    # the same texts, ids, dates and source states through canlp.api.classify in this process
    expected = classify(
        [r["text"] for r in records],
        ids=[r["id"] for r in records],
        dates=[r["date"] if i < 24 else None for i, r in enumerate(records)],
        source_states=[r["source_state"] if i < 24 else None for i, r in enumerate(records)],
    )
    got = [{k: _plain(v) for k, v in row.items()} for row in ok[list(OUTPUT_KEYS)].to_dict("records")]
    want = [{k: _plain(v) for k, v in row.items()} for row in expected[list(OUTPUT_KEYS)].to_dict("records")]
    assert len(got) == 30
    assert json.dumps(got) == json.dumps(want)
    assert ok["url"].tolist()[:24] == [f"https://example.org/{r['id']}" for r in records[:24]]
    assert ok["origin"].iloc[0] == f"{folder / 'a-part0.jsonl'}:1"

    # the items the CLI gets (classify, dataset) carry the texts, as local reading gives them
    from canlp.dask import classify_items

    items = [item for item, _ in client.compute(classify_items([folder]), sync=True)]
    assert [getattr(item, "text", None) for item in items] == [r["text"] for r in records] + [None]

    bad = frame[frame["error"].notna()]
    assert bad["origin"].tolist() == [str(folder / "zz-empty.txt")]
    assert bad["error"].tolist() == ["empty file"]
    assert bad["modality"].tolist() == [None]


def test_cli_scheduler_output_equals_local_output(corpus_files, cluster):
    folder, _ = corpus_files
    local_cluster, _ = cluster
    runner = CliRunner()
    local = runner.invoke(app, ["classify", str(folder), "--format", "jsonl", "-q"])
    remote = runner.invoke(
        app, ["classify", str(folder), "--format", "jsonl", "--scheduler", local_cluster.scheduler_address]
    )
    assert local.exit_code == 1 and remote.exit_code == 1  # the empty file
    assert len(remote.stdout.splitlines()) == 30
    assert remote.stdout == local.stdout
    assert "zz-empty.txt: empty file" in remote.stderr


def test_cli_dataset_on_the_scheduler_equals_local_dataset(corpus_files, cluster, tmp_path):
    folder, _ = corpus_files
    local_cluster, _ = cluster
    runner = CliRunner()
    local = runner.invoke(app, ["dataset", str(folder), "--out", str(tmp_path / "local.csv"), "-q"])
    remote = runner.invoke(
        app, ["dataset", str(folder), "--out", str(tmp_path / "remote.csv"), "--scheduler", local_cluster.scheduler_address]
    )
    assert local.exit_code == 1 and remote.exit_code == 1  # the empty file
    assert (tmp_path / "remote.csv").read_text() == (tmp_path / "local.csv").read_text()
    assert "30 documents read" in remote.stderr
