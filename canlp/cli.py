"""The ``canlp`` command line.

Each command is a thin function: it checks its arguments, calls a plain
function of the library, prints, and exits with a documented code:

- 0: every input processed, every check passed;
- 1: some inputs or checks failed (the rest was processed and reported);
- 2: usage error (bad option, missing path).

Heavy libraries are imported inside the commands so that ``canlp --help``
stays quick.
"""

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="canlp",
    help=(
        "Read official communiqués on Central Asian diplomacy.\n\n"
        "Exit codes: 0 all inputs processed; 1 some inputs or checks failed "
        "(the rest was processed); 2 usage error."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
corpus_app = typer.Typer(help="Check and maintain the annotated corpus in corpora/.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


def _fail_usage(message):
    typer.echo(f"canlp: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _existing_files(paths):
    files = []
    for path in paths:
        if not path.exists():
            _fail_usage(f"{path}: no such file or directory")
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return files


@corpus_app.command("check")
def corpus_check(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Corpus files or folders (default: the bundled corpora/communiques)."
    ),
    minimums: bool = typer.Option(True, help="Also check the corpus minimums (counts per label, state, year)."),
    show: int = typer.Option(50, help="Show at most this many problems."),
):
    """Validate every record against ANNOTATION.md and the knowledge base; print coverage.

    Example:

        canlp corpus check

    Exits 1 when a record is invalid or a minimum is not met.
    """
    from canlp.corpus import check_minimums, corpus_files, coverage, declaration_files, validate_declarations, validate_files

    files = _existing_files(paths) if paths else corpus_files()
    if not files:
        _fail_usage("no corpus files found")
    records, problems = validate_files(files, require_split=not paths)
    if not paths:
        problems += validate_declarations()
        typer.echo(f"{len(declaration_files())} declarations in corpora/declarations")
    for problem in problems[:show]:
        typer.echo(str(problem))
    if len(problems) > show:
        typer.echo(f"... and {len(problems) - show} more problems")
    typer.echo(f"{len(records)} records in {len(files)} files, {len(problems)} problems")
    failed = bool(problems)
    if minimums:
        cov = coverage(records)
        typer.echo(f"\n{'requirement':<34}{'measured':>10}{'minimum':>10}  ok")
        for name, value, minimum, ok in check_minimums(cov):
            typer.echo(f"{name:<34}{value:>10}{minimum:>10}  {'yes' if ok else 'NO'}")
            failed = failed or not ok
        typer.echo(f"\nsplits: {cov['splits']}")
    raise typer.Exit(EXIT_FAILURES if failed else EXIT_OK)


@corpus_app.command("assign-splits")
def corpus_assign_splits(
    paths: Optional[List[Path]] = typer.Argument(None, help="Corpus files (default: the bundled corpus)."),
):
    """Give a fixed train/dev/test split to records that have none; existing splits never change.

    Also rewrites corpora/splits.json, the manifest of every record's split that
    the tests hold the corpus to.

    Example:

        canlp corpus assign-splits corpora/communiques/new-batch.jsonl
    """
    from canlp.corpus import assign_splits, corpus_files, read_jsonl, write_jsonl, write_split_manifest

    files = _existing_files(paths) if paths else corpus_files()
    total = 0
    for path in files:
        records = [record for _, record in read_jsonl(path)]
        assigned = assign_splits(records, source_of=lambda r, name=path.stem: name)
        if assigned:
            write_jsonl(path, records)
        total += assigned
        typer.echo(f"{path.name}: {assigned} records assigned")
    typer.echo(f"{total} records assigned in all")
    typer.echo(f"split manifest: {write_split_manifest()}")


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _write_rows(rows, output_format):
    import json
    import sys

    if output_format == OutputFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif output_format == OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif output_format == OutputFormat.csv:
        import pandas as pd

        flat = []
        for row in rows:
            flat.append(
                {
                    **{k: v for k, v in row.items() if not isinstance(v, (list, dict))},
                    "participants": "; ".join(f"{p['name']} ({p['role']}, {p['state']})" for p in row["participants"]),
                    "participant_states": " ".join(row["participant_states"]),
                    "mentioned_states": " ".join(row["mentioned_states"]),
                    "themes": " ".join(row["themes"]),
                }
            )
        pd.DataFrame(flat).to_csv(sys.stdout, index=False)
    else:
        for row in rows:
            people = ", ".join(f"{p['name']} ({p['role']}, {p['state']})" for p in row["participants"]) or "-"
            confidence = row["modality_scores"][row["modality"]] if row["modality"] in row["modality_scores"] else 0
            typer.echo(f"{row['id']}  [{row['date'] or 'date unknown'}]")
            typer.echo(f"  modality      {row['modality']} ({confidence:.2f})   format {row['format'] or '-'}   level {row['level'] or '-'}")
            typer.echo(f"  participants  {people}")
            typer.echo(f"  mentioned     {' '.join(row['mentioned_states']) or '-'}")
            typer.echo(f"  themes        {', '.join(row['themes']) or '-'}")
            if "explanation" in row:
                for modality, terms in row["explanation"]["modality"].items():
                    typer.echo(f"  why {modality}: {', '.join(t for t, _ in terms)}")
                for theme, terms in row["explanation"]["themes"].items():
                    typer.echo(f"  why {theme}: {', '.join(t for t, _ in terms)}")


#: ``--workers`` and ``--scheduler``, shared by the commands that classify many documents.
WORKERS_OPTION = typer.Option(
    1, "--workers", min=1, help="Processes classifying on this machine (output identical to one); up to the number of cores helps."
)
SCHEDULER_OPTION = typer.Option(
    None, "--scheduler", metavar="ADDRESS",
    help="Classify on a running Dask cluster (tcp://host:8786) instead; its workers must see the files at the same "
    "paths. Needs the dask extra of canlp.",
)


def _check_parallel(workers, scheduler):
    """Usage error for --workers together with --scheduler."""
    if scheduler is not None and workers != 1:
        _fail_usage("give --workers (processes here) or --scheduler (a Dask cluster), not both")


def _classify_on_scheduler(paths, date, explain, scheduler):
    """Read and classify on a Dask cluster: (items, rows) in input order, as local reading and
    :func:`canlp.api.classify_documents` would give them. A missing extra, an unreachable
    scheduler or a bad path is a usage error (exit 2)."""
    from canlp.dask import DaskUnavailable, classify_items, connect
    from canlp.modelstore import ModelError
    from canlp.reading import InputError

    try:
        bag = classify_items(paths, date=date, explain=explain)
        client = connect(scheduler)
    except DaskUnavailable as error:
        _fail_usage(f"--scheduler: {error}")
    except (FileNotFoundError, ValueError) as error:
        _fail_usage(str(error))
    with client:
        try:
            pairs = client.compute(bag, sync=True)
        except ModelError as error:
            typer.echo(f"canlp: {error}", err=True)
            raise typer.Exit(EXIT_FAILURES)
        except OSError as error:
            typer.echo(f"canlp: lost the Dask scheduler at {scheduler}: {error}", err=True)
            raise typer.Exit(EXIT_FAILURES)
    return [item for item, _ in pairs], [row for item, row in pairs if not isinstance(item, InputError)]


def _check_date(date):
    """Usage error for a --date that is not YYYY-MM-DD."""
    if date is not None:
        from canlp.kb import parse_date

        try:
            parse_date(date)
        except ValueError:
            _fail_usage(f"--date {date!r} is not YYYY-MM-DD")


def _gather_inputs(paths, date, scheduler, explain, errors_out):
    """Read the inputs (or read and classify them on a Dask scheduler), report every error and
    warning on stderr, and write them to ``errors_out``. Returns (items, documents, errors,
    scheduled_rows); ``scheduled_rows`` is None unless a scheduler did the classifying."""
    from canlp.reading import InputError, read_inputs

    scheduled_rows = None
    if scheduler is not None:
        items, scheduled_rows = _classify_on_scheduler(paths, date, explain, scheduler)
    else:
        try:
            items = list(read_inputs(paths, date=date))
        except FileNotFoundError as error:
            _fail_usage(str(error))
    documents = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    for item in items:
        if isinstance(item, InputError):
            typer.echo(f"canlp: {item}", err=True)
        for warning in getattr(item, "warnings", ()):
            typer.echo(f"canlp: warning: {item.origin}: {warning}", err=True)
    if errors_out is not None:
        from canlp.reading import write_problems

        try:
            write_problems(items, errors_out)
        except OSError as error:
            _fail_usage(f"--errors {errors_out}: cannot write it ({error.strerror or error})")
    return items, documents, errors, scheduled_rows


@app.command("classify")
def classify_command(
    paths: List[str] = typer.Argument(
        ..., help="Files (.txt, .html, .jsonl, .json), folders (read recursively) or - for stdin."
    ),
    output_format: Optional[OutputFormat] = typer.Option(
        None, "--format", help="Output: table (default on a terminal), json, jsonl (default in a pipe), csv."
    ),
    date: Optional[str] = typer.Option(None, help="Date (YYYY-MM-DD) of the event in plain-text and HTML inputs."),
    explain: bool = typer.Option(False, help="Add the terms that weighed most for the modality and each theme."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    errors_out: Optional[Path] = typer.Option(
        None, "--errors", help="Also write every input that failed or was changed: path, line, level, message "
        "(.csv, or .jsonl for JSON Lines)."
    ),
    model: Optional[Path] = typer.Option(
        None, "--model", help="Use a shared model folder (made by 'canlp export-model') instead of the packaged models."
    ),
    workers: int = WORKERS_OPTION,
    scheduler: Optional[str] = SCHEDULER_OPTION,
):
    """Read communiqués and say who took part, how, and about what.

    Example:

        canlp classify readout.txt

        canlp classify corpus/ --format jsonl --errors failed.csv > coded.jsonl

        canlp classify corpus/ --workers 2 > coded.jsonl

    One output record per input document, in input order, on stdout. A bad
    input (empty, binary, not English, malformed JSON, over the size limit...)
    is reported on stderr in one line naming the file (and line) and skipped;
    a changed one (text cut to the length limit, a date that could not be
    read) gets a warning and is processed. Exit codes: 0 every input
    processed; 1 some inputs failed (the rest was processed); 2 usage error
    (bad option, missing path, a model folder that cannot be used).
    """
    import sys

    _check_parallel(workers, scheduler)
    if scheduler is not None and model is not None:
        _fail_usage("--model does not go with --scheduler yet: the Dask workers use the packaged models")
    _check_date(date)
    nlp = None
    if model is not None:
        from canlp.modelstore import ModelError, shared_model_folder

        try:
            folder = shared_model_folder(model)
            from canlp.pipeline import load

            nlp = load(classify=False)
            nlp.add_pipe("canlp_classify", before="canlp_participants", config={"models": str(folder)})
        except ModelError as error:
            _fail_usage(f"--model: {error}")
    items, documents, errors, scheduled_rows = _gather_inputs(paths, date, scheduler, explain, errors_out)
    if output_format is None:
        output_format = OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl
    rows = scheduled_rows or []
    if documents and scheduled_rows is None:
        from canlp.api import classify_documents
        from canlp.modelstore import ModelError

        try:
            if quiet or len(documents) <= 5:
                rows = classify_documents(documents, explain=explain, nlp=nlp, n_process=workers)
            else:
                from rich.console import Console
                from rich.progress import Progress

                with Progress(console=Console(stderr=True), transient=True) as progress:
                    task = progress.add_task("classifying", total=len(documents))
                    rows = classify_documents(
                        documents, explain=explain, nlp=nlp, n_process=workers, progress=lambda: progress.advance(task)
                    )
        except ModelError as error:
            typer.echo(f"canlp: {error}", err=True)
            raise typer.Exit(EXIT_FAILURES)
    _write_rows(rows, output_format)
    raise typer.Exit(EXIT_FAILURES if errors else EXIT_OK)


@app.command("export-model")
def export_model_command(
    out: Path = typer.Argument(..., help="The folder to write the shared model to."),
):
    """Write canlp's trained models as a folder others can load safely with --model.

    Example:

        canlp export-model shared-models/

        canlp classify readouts/ --model shared-models/

    The folder holds each model as a skops file (no pickle: loading it runs no
    code from it), its vocabularies as JSON, its metadata (corpus hash, library
    versions, metrics, thresholds) and a manifest of sha256 sums. It loads
    with the same scikit-learn and canlp versions that wrote it.
    """
    from canlp.modelstore import ModelError, export_models

    if out.exists() and not out.is_dir():
        _fail_usage(f"{out} exists and is not a folder")
    try:
        files = export_models(out)
    except ModelError as error:
        typer.echo(f"canlp: {error}", err=True)
        raise typer.Exit(EXIT_FAILURES)
    typer.echo(f"{out}: {', '.join(files)}")
    raise typer.Exit(EXIT_OK)


DEFAULT_DECLARATIONS = ("xian-2023", "c5plus1-new-york-2023")


@app.command("compare-declarations")
def compare_declarations_command(
    files: Optional[List[Path]] = typer.Argument(
        None, help="Declarations (.json digest or .txt, split into numbered points or paragraphs). "
        "Default: the bundled Xi'an 2023 and C5+1 New York 2023 digests."
    ),
    all_bundled: bool = typer.Option(False, "--all-bundled", help="Compare every bundled declaration."),
    use_labels: bool = typer.Option(
        False, "--use-labels", help="Use the annotated paragraph themes of the digests instead of the theme model."
    ),
    policy_only: bool = typer.Option(
        False, "--policy-only", help="Rank the nine policy fields only; political_dialogue and ceremonial are shown "
        "beside the ranking as framing themes."
    ),
    communique_model: bool = typer.Option(
        False, "--communique-model", help="Theme paragraphs with the communiqué theme model as it is, not the "
        "paragraph model tuned on declaration paragraphs."
    ),
    output_format: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, json or csv."),
    plot: Optional[Path] = typer.Option(None, help="Also draw the shares and their intervals to this .png or .svg file."),
):
    """Rank the policy themes of joint declarations and compare them side by side.

    Example:

        canlp compare-declarations

        canlp compare-declarations --policy-only --use-labels

        canlp compare-declarations --all-bundled --format csv > priorities.csv

    Each theme's share of paragraphs comes with a 95% bootstrap interval; each
    pair of declarations gets per-theme differences with Fisher's exact test
    and the words that set them apart (log-likelihood keyness). Paragraph
    themes come from the paragraph model (the communiqué model's scores,
    re-decided on the annotated paragraphs of the bundled digests other than
    Xi'an and New York).
    """
    import json
    import sys

    from canlp.declarations import bundled_declarations, compare_declarations, load_declaration

    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        _fail_usage(f"--plot {plot}: the file must end in .png or .svg")
    bundled = bundled_declarations()
    if files and all_bundled:
        _fail_usage("give declaration files or --all-bundled, not both")
    if files:
        for path in files:
            if not path.exists():
                _fail_usage(f"{path}: no such file or directory")
        paths = list(files)
    elif all_bundled:
        paths = list(bundled.values())
    else:
        paths = [bundled[name] for name in DEFAULT_DECLARATIONS]
    declarations = []
    for path in paths:
        try:
            declarations.append(load_declaration(path))
        except (OSError, ValueError, KeyError, TypeError) as error:
            typer.echo(f"canlp: {path}: cannot read the declaration ({error})", err=True)
            raise typer.Exit(EXIT_FAILURES)
    from canlp.modelstore import ModelError

    try:
        result = compare_declarations(
            declarations, use_labels=use_labels, policy_only=policy_only, model="communique" if communique_model else None
        )
    except ModelError as error:
        typer.echo(f"canlp: {error}", err=True)
        raise typer.Exit(EXIT_FAILURES)
    if plot is not None:
        from canlp.declarations import plot_priorities

        typer.echo(f"plot: {plot_priorities(result, plot)}", err=True)
    if output_format == OutputFormat.json or output_format == OutputFormat.jsonl:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    elif output_format == OutputFormat.csv:
        import pandas as pd

        rows = [dict(declaration=d["name"], **t) for d in result["declarations"] for t in d["themes"]]
        rows += [dict(declaration=d["name"], **t, rank=None) for d in result["declarations"] for t in d.get("framing", [])]
        pd.DataFrame(rows).astype({"rank": "Int64"}).to_csv(sys.stdout, index=False)
    else:
        width = 40
        names = [d["name"] for d in result["declarations"]]
        typer.echo("rank  " + "".join(f"{n[:width]:<{width + 2}}" for n in names))
        depth = max(len(d["themes"]) for d in result["declarations"])
        for rank in range(depth):
            cells = []
            for d in result["declarations"]:
                if rank < len(d["themes"]):
                    t = d["themes"][rank]
                    cells.append(f"{t['theme']:<22} {t['share']:.2f} [{t['ci_low']:.2f}-{t['ci_high']:.2f}]")
                else:
                    cells.append("")
            typer.echo(f"{rank + 1:>4}  " + "".join(f"{c:<{width + 2}}" for c in cells))
        if policy_only:
            cells = [", ".join(f"{t['theme']} {t['share']:.2f}" for t in d["framing"]) or "-" for d in result["declarations"]]
            typer.echo("framing " + "".join(f"{c:<{width + 2}}" for c in cells))
        typer.echo("paragraphs " + "  ".join(f"{d['name']}: {d['paragraphs']}" for d in result["declarations"]))
        for comparison in result["comparisons"]:
            typer.echo(f"\n{comparison['a']} vs {comparison['b']}: share difference (Fisher's exact p)")
            for row in comparison["themes"]:
                typer.echo(f"  {row['theme']:<24}{row['share_a']:>6.2f}{row['share_b']:>6.2f}{row['difference']:>+7.2f}   p={row['p_value']:.3f}")
            typer.echo(f"  key words of {comparison['a']}: {', '.join(w for w, _ in comparison['keyness']['a'][:10])}")
            typer.echo(f"  key words of {comparison['b']}: {', '.join(w for w, _ in comparison['keyness']['b'][:10])}")
    raise typer.Exit(EXIT_OK)


def _progress_bar(total, quiet, label):
    """A context manager giving a ``tick()`` callback: a rich progress bar on stderr, or nothing."""
    import contextlib

    if quiet or total <= 5:
        return contextlib.nullcontext(None)

    @contextlib.contextmanager
    def bar():
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task(label, total=total)
            yield lambda: progress.advance(task)

    return bar()


DATASET_SUFFIXES = (".csv", ".parquet")


def _build_dataset(paths, date, workers, out, restart, quiet, errors_path, scheduler=None):
    """Read, classify and merge; returns the dataset frame (shared by ``dataset`` and ``report``)."""
    from canlp.dataset import classify_for_dataset, interactions_from_reports, is_interaction, to_frame

    _check_parallel(workers, scheduler)
    _check_date(date)
    _, documents, failed, scheduled_rows = _gather_inputs([str(p) for p in paths], date, scheduler, False, errors_path)
    errors = [(i.origin, i.message) for i in failed]
    checkpoint = None
    if out is not None and scheduler is None:
        checkpoint = out.with_name(f".{out.name}.progress.jsonl")
        if restart:
            checkpoint.unlink(missing_ok=True)
        elif checkpoint.exists():
            typer.echo(f"canlp: resuming from {checkpoint} (use --restart to start over)", err=True)
        try:
            checkpoint.touch()
        except OSError as error:
            _fail_usage(f"--out {out}: cannot write beside it ({error.strerror or error})")
    if scheduled_rows is not None:
        rows, texts = scheduled_rows, [d.text for d in documents]
    else:
        from canlp.modelstore import ModelError

        try:
            with _progress_bar(len(documents), quiet, "reading") as tick:
                rows, texts = classify_for_dataset(documents, checkpoint=checkpoint, workers=workers, progress=tick)
        except ModelError as error:
            typer.echo(f"canlp: {error}", err=True)
            raise typer.Exit(EXIT_FAILURES)
    frame = to_frame(interactions_from_reports(rows, texts))
    frame.attrs.update(errors=errors, documents=len(rows), checkpoint=checkpoint)
    frame.attrs["reports"] = sum(1 for r in rows if is_interaction(r))
    return frame


@app.command("dataset")
def dataset_command(
    paths: List[Path] = typer.Argument(..., help="Communiqués: files (.txt, .html, .jsonl, .json) or folders (read recursively)."),
    out: Path = typer.Option(..., "--out", "-o", help="The dataset to write: a .csv or .parquet file."),
    date: Optional[str] = typer.Option(None, help="Date (YYYY-MM-DD) of plain-text inputs that give none."),
    workers: int = WORKERS_OPTION,
    scheduler: Optional[str] = SCHEDULER_OPTION,
    errors_out: Optional[Path] = typer.Option(
        None, "--errors", help="Also write the inputs that failed or were changed (CSV, or JSON Lines for .jsonl: path, line, level, message)."
    ),
    restart: bool = typer.Option(False, help="Ignore the progress file of an interrupted run and start over."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
):
    """Build the interactions dataset: one row per interaction, reports of one event merged.

    Example:

        canlp dataset corpora/communiques --out interactions.csv

        canlp dataset scraped/ --out interactions.parquet --errors failed.csv

    Every document is read; those reporting an interaction (a modality and
    officials of two or more states) are merged when they describe the same
    event: same modality, participant states and level, dates at most a day
    apart, similar content (see canlp.dataset). Each row lists the ids, URLs
    and source states of its reports. An interrupted run resumes where it
    stopped when run again with the same --out (not with --scheduler). Exit
    codes: 0 every input processed; 1 some inputs failed (reported, skipped,
    the rest processed); 2 usage error.
    """
    if out.suffix.lower() not in DATASET_SUFFIXES:
        _fail_usage(f"--out {out}: the dataset must be a .csv or .parquet file")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        _fail_usage(f"--out {out}: cannot create its folder ({error.strerror or error})")
    frame = _build_dataset(paths, date, workers, out, restart, quiet, errors_out, scheduler)
    from canlp.dataset import write_dataset

    try:
        write_dataset(frame, out)
    except (OSError, ImportError) as error:
        typer.echo(f"canlp: cannot write {out}: {getattr(error, 'strerror', None) or error}", err=True)
        raise typer.Exit(EXIT_FAILURES)
    if frame.attrs["checkpoint"] is not None:
        frame.attrs["checkpoint"].unlink(missing_ok=True)
    typer.echo(
        f"{frame.attrs['documents']} documents read, {frame.attrs['reports']} report an interaction, "
        f"{len(frame)} interactions after merging; {len(frame.attrs['errors'])} inputs failed -> {out}",
        err=True,
    )
    raise typer.Exit(EXIT_FAILURES if frame.attrs["errors"] else EXIT_OK)


class ReportFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("report")
def report_command(
    paths: List[Path] = typer.Argument(
        ..., help="An interactions dataset (.csv or .parquet written by `canlp dataset`), or communiqués "
        "(files or folders) to build it from first."
    ),
    plot: Optional[Path] = typer.Option(None, help="Write the charts (trend, states, dyads) into this folder."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv", help="Write every table as a CSV file into this folder."),
    output_format: ReportFormat = typer.Option(ReportFormat.table, "--format", help="table or json."),
    date: Optional[str] = typer.Option(None, help="When building from communiqués: date of plain texts that give none."),
    workers: int = WORKERS_OPTION,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
):
    """The tables a researcher publishes: per year, modality, level, format, state and dyad.

    Example:

        canlp report interactions.csv --plot charts/

        canlp report corpora/communiques --csv tables/

    Tables: interactions per year; per year by modality; share by level;
    bilateral vs multilateral per year; per-state activity; the dyad matrix;
    ceremonial-only versus substantive interactions per year.
    """
    import json
    import sys

    for path in paths:
        if not path.exists():
            _fail_usage(f"{path}: no such file or directory")
    datasets = [p for p in paths if p.is_file() and p.suffix.lower() in DATASET_SUFFIXES]
    errors = []
    if datasets:
        if len(paths) > 1:
            _fail_usage("give one dataset file, or communiqué files and folders, not both")
        from canlp.dataset import read_dataset

        try:
            frame = read_dataset(paths[0])
        except (OSError, ValueError, KeyError) as error:
            typer.echo(f"canlp: {paths[0]}: cannot read the dataset ({error})", err=True)
            raise typer.Exit(EXIT_FAILURES)
    else:
        frame = _build_dataset(paths, date, workers, None, False, quiet, None)
        errors = frame.attrs["errors"]
    from canlp.reporting import plot_report, report

    tables = report(frame)
    if csv_dir is not None:
        from canlp.files import write_text_atomic

        for name, table in tables.items():
            write_text_atomic(csv_dir / f"{name}.csv", table.to_csv(index=name in ("year_by_modality", "format", "dyads", "ceremonial")))
        typer.echo(f"tables: {csv_dir}/", err=True)
    if plot is not None:
        for path in plot_report(tables, plot):
            typer.echo(f"chart: {path}", err=True)
    if output_format == ReportFormat.json:
        payload = {name: json.loads(table.to_json(orient="split")) for name, table in tables.items()}
        sys.stdout.write(json.dumps({"interactions": len(frame), **payload}, indent=1) + "\n")
    else:
        import pandas as pd

        with pd.option_context("display.width", 160, "display.max_columns", 40, "display.max_rows", 200):
            typer.echo(f"{len(frame)} interactions")
            titles = {
                "per_year": "Interactions per year", "year_by_modality": "Per year by modality",
                "level": "By level (highest role among participants)", "format": "Bilateral and multilateral",
                "states": "Activity per state", "dyads": "Dyads (interactions both states took part in)",
                "ceremonial": "Ceremonial-only versus substantive",
            }
            for name, table in tables.items():
                if name == "dyads" and len(table) > 12:
                    table = table.iloc[:12, :12]
                    titles[name] += " - the first 12 states; all of them with --csv"
                typer.echo(f"\n{titles[name]}\n{table.to_string(index=name not in ('per_year', 'level', 'states'))}")
    raise typer.Exit(EXIT_FAILURES if errors else EXIT_OK)


class Part(str, Enum):
    extraction = "extraction"
    classifiers = "classifiers"
    dataset = "dataset"
    declarations = "declarations"
    all = "all"


@app.command("train")
def train_command(
    cross_validation: bool = typer.Option(True, help="Also compute 5-fold cross-validated scores on train+dev."),
    out: Optional[Path] = typer.Option(None, help="Folder for the models (default: the bundled models/)."),
):
    """Rebuild the modality and theme models from the corpus, deterministically (fixed seeds).

    Example:

        canlp train

    Writes models/modality.joblib, models/themes.joblib, their metadata, the
    manifest of sha256 sums, and models/metrics.json.
    """
    import time

    from canlp.corpus import corpus_hash, load_records
    from canlp.paths import models_dir
    from canlp.training import train

    started = time.perf_counter()
    records = load_records()
    metrics = train(records, out or models_dir(), corpus_hash(), cross_validation=cross_validation)
    test = metrics["test"]
    typer.echo(f"trained on {metrics['splits']} in {time.perf_counter() - started:.1f} s")
    typer.echo(
        f"test: modality macro-F1 {test['modality']['macro_f1']} (baseline {test['baseline']['modality']['macro_f1']}); "
        f"themes micro-F1 {test['themes']['micro_f1']} (baseline {test['baseline']['themes']['micro_f1']}), "
        f"macro-F1 {test['themes']['macro_f1']} (baseline {test['baseline']['themes']['macro_f1']})"
    )


def _print_prf_table(title, per_label, baseline=None):
    typer.echo(f"\n{title}")
    header = f"{'label':<24}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"
    if baseline:
        header += f"{'base F1':>9}"
    typer.echo(header)
    for label, row in per_label.items():
        line = f"{label:<24}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}{row['support']:>6}"
        if baseline:
            line += f"{baseline[label]['f1']:>9.3f}"
        typer.echo(line)


@app.command("evaluate")
def evaluate_command(
    part: Part = typer.Option(Part.all, help="What to score."),
    split: str = typer.Option("test", help="Corpus split to score on (train, dev or test)."),
    errors: int = typer.Option(20, help="List at most this many wrong documents."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write all scores and errors to this JSON file."),
):
    """Score the pipeline and the classifiers on a corpus split (test by default).

    Example:

        canlp evaluate --part extraction

    Extraction: participant F1 by person and by state+role, participant-state
    F1, mentioned-state F1, format accuracy. Classifiers: per-label precision,
    recall and F1 beside the keyword baseline, the modality confusion matrix,
    and the cross-validated scores from models/metrics.json. Dataset: pairwise
    precision and recall of the rule that merges reports of one interaction,
    on the duplicates test sets in corpora/duplicates/ (set-a chose the
    thresholds, set-b is held out; --split does not apply), on the gold annotations and end to end.
    Declarations: paragraph-level theme F1 on the held-out Xi'an and New York
    digests (paragraph model, communiqué model, keyword baseline) and their top
    five priorities against the published reading (--split does not apply).
    """
    import json

    from canlp.corpus import corpus_hash, load_records
    from canlp.files import write_text_atomic

    if split not in ("train", "dev", "test"):
        _fail_usage(f"--split must be train, dev or test, not {split!r}")
    records = load_records(split=split)
    report = {"split": split, "documents": len(records)}
    if part in (Part.extraction, Part.all):
        from canlp.evaluation import evaluate_extraction

        result = evaluate_extraction(records)
        report["extraction"] = result
        m = result["metrics"]
        typer.echo(f"extraction on {split} ({len(records)} documents)")
        for key in ("participant_person", "participant_state_role", "participant_states", "mentioned_states"):
            typer.echo(f"  {key:<26} P {m[key]['precision']:.4f}  R {m[key]['recall']:.4f}  F1 {m[key]['f1']:.4f}")
        typer.echo(f"  {'format_accuracy':<26} {m['format_accuracy']:.4f}")
        for item in result["errors"][:errors]:
            typer.echo(f"  ! {item['id']}: {json.dumps(item['errors'], ensure_ascii=False)}")
    if part in (Part.classifiers, Part.all):
        from canlp.modelstore import ModelError
        from canlp.paths import models_dir
        from canlp.training import evaluate_classifiers, load_classifiers

        try:
            classifiers = load_classifiers(corpus_hash=corpus_hash())
        except ModelError as error:
            typer.echo(f"canlp: {error}", err=True)
            raise typer.Exit(EXIT_FAILURES)
        result = evaluate_classifiers(classifiers, records)
        report["classifiers"] = result
        typer.echo(f"\nclassifiers on {split} ({len(records)} documents)")
        typer.echo(
            f"  modality macro-F1 {result['modality']['macro_f1']:.4f} (keyword baseline {result['baseline']['modality']['macro_f1']:.4f})"
        )
        typer.echo(
            f"  themes micro-F1 {result['themes']['micro_f1']:.4f} (baseline {result['baseline']['themes']['micro_f1']:.4f}), "
            f"macro-F1 {result['themes']['macro_f1']:.4f} (baseline {result['baseline']['themes']['macro_f1']:.4f})"
        )
        _print_prf_table("modality", result["modality"]["per_label"], result["baseline"]["modality"]["per_label"])
        typer.echo("\nconfusion (rows gold, columns predicted): " + " ".join(result["modality"]["confusion"]["labels"]))
        for label, row in zip(result["modality"]["confusion"]["labels"], result["modality"]["confusion"]["matrix"]):
            typer.echo(f"  {label:<12}" + "".join(f"{v:>6}" for v in row))
        _print_prf_table("themes", result["themes"]["per_label"], result["baseline"]["themes"]["per_label"])
        metrics_path = models_dir() / "metrics.json"
        if metrics_path.exists():
            cv = json.loads(metrics_path.read_text()).get("cross_validation_train_dev")
            if cv:
                typer.echo(f"\n5-fold cross-validation on train+dev: {json.dumps(cv)}")
        for item in result["modality_errors"][:errors]:
            typer.echo(f"  ! {item['id']}: gold {item['gold']}, predicted {item['predicted']}")
    if part in (Part.dataset, Part.all):
        from canlp.corpus import read_jsonl
        from canlp.dataset import duplicates_files, evaluate_merging

        report["dataset"] = {}
        for path in duplicates_files():
            result = evaluate_merging([record for _, record in read_jsonl(path)])
            report["dataset"][path.stem] = result
            role = "chose the thresholds" if path.stem == "set-a" else "held out"
            typer.echo(f"\nmerging reports of one interaction: {path.name} ({result['reports']} reports, {role})")
            for mode in ("rule", "end_to_end"):
                r = result[mode]
                typer.echo(
                    f"  {mode:<11} pairs P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}   "
                    f"events rebuilt exactly {r['events_exact']}/{r['events']} ({r['groups']} groups)"
                )
            for item in result["end_to_end_errors"][:errors]:
                typer.echo(f"  ! {json.dumps(item, ensure_ascii=False)}")
    if part in (Part.declarations, Part.all):
        from canlp.declarations import evaluate_declarations
        from canlp.modelstore import ModelError

        try:
            result = evaluate_declarations()
        except ModelError as error:
            typer.echo(f"canlp: {error}", err=True)
            raise typer.Exit(EXIT_FAILURES)
        report["declarations"] = result
        typer.echo(f"\ndeclaration paragraphs: {', '.join(result['declarations'])} held out ({result['paragraphs']} paragraphs)")
        for view, scores in result["scores"].items():
            typer.echo(f"  {view:<17} themes micro-F1 {scores['micro_f1']:.4f}  macro-F1 {scores['macro_f1']:.4f}")
        for name, entry in result["priorities"].items():
            typer.echo(f"  {name}: top five against the published reading ({len(entry['published'] or [])} priorities)")
            for key, value in entry.items():
                if isinstance(value, dict):
                    typer.echo(f"    {key:<24} {value['agreement']}/5  {', '.join(value['top_five'])}")
    if json_out:
        write_text_atomic(json_out, json.dumps(report, indent=1, ensure_ascii=False) + "\n")


def main():
    """Entry point of the ``canlp`` console script."""
    import canlp

    canlp.FREEZE_AT_START_UP = True  # one pipeline per process: see canlp.pipeline
    app()


if __name__ == "__main__":  # python -m canlp.cli
    main()
