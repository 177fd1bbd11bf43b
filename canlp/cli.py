"""The ``canlp`` command line.

Each command is a thin function: it checks its arguments, calls a plain
function of the library, prints, and exits with a documented code:

- 0: every input processed, every check passed;
- 1: some inputs or checks failed (the rest was processed and reported);
- 2: usage error (bad option, missing path).

Heavy libraries are imported inside the commands so that ``canlp --help``
stays quick.
"""

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


def main():
    """Entry point of the ``canlp`` console script."""
    app()
