"""The annotated corpus: loading, validation against ANNOTATION.md and the knowledge base, coverage.

Records live in ``corpora/communiques/*.jsonl`` (one JSON object a line, the
record format of ANNOTATION.md plus a fixed ``split``). ``canlp corpus check``
runs :func:`validate_records` and prints :func:`coverage`.
"""

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from canlp.kb import load_kb, parse_date
from canlp.labels import (
    CENTRAL_ASIA,
    MODALITIES,
    RECORD_KEYS,
    ROLES,
    SPLITS,
    THEMES,
    format_of,
)

#: The minimums of the corpus (issue "Foundation", section 3).
MINIMUMS = {
    "records": 900,
    "per_modality": {m: 120 for m in MODALITIES if m != "none"} | {"none": 100},
    "per_theme": 80,
    "per_central_asian_state": 150,
    "outside_power": 200,
    "multilateral": 60,
    "years": tuple(range(2012, 2026)),
    "test_share": 0.20,
}

OPTIONAL_KEYS = ("split",)


@dataclass(frozen=True)
class Problem:
    """One validation finding about one record."""

    where: str  # "file:line" or record id
    record_id: str
    message: str

    def __str__(self):
        return f"{self.where}: {self.record_id}: {self.message}"


def corpus_files(folder=None):
    """The communiqué files of the corpus, sorted by name."""
    if folder is None:
        from canlp.paths import communiques_dir

        folder = communiques_dir()
    return sorted(p for p in Path(folder).glob("*.jsonl") if not p.name.endswith("-people.jsonl"))


def read_jsonl(path):
    """Yield ``(line_number, record)`` from a JSON Lines file; bad lines raise ValueError naming the line."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: a record must be a JSON object")
            yield number, record


def load_records(files=None, split=None):
    """All corpus records (dicts), optionally only those of one ``split``."""
    records = []
    for path in files if files is not None else corpus_files():
        for _, record in read_jsonl(path):
            if split is None or record.get("split") == split:
                records.append(record)
    return records


def corpus_hash(files=None):
    """sha256 over the corpus files' names and bytes: models record it to detect staleness."""
    digest = hashlib.sha256()
    for path in files if files is not None else corpus_files():
        digest.update(Path(path).name.encode())
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def _is_sorted_unique(values):
    return list(values) == sorted(set(values))


def validate_record(record, kb=None, require_split=False):
    """Return a list of problems (strings) with one record; empty when it follows ANNOTATION.md."""
    kb = kb or load_kb()
    problems = []
    add = problems.append
    missing = [k for k in RECORD_KEYS if k not in record]
    if missing:
        add(f"missing keys: {', '.join(missing)}")
    unknown = [k for k in record if k not in RECORD_KEYS and k not in OPTIONAL_KEYS]
    if unknown:
        add(f"unknown keys: {', '.join(unknown)}")
    if missing:
        return problems

    if not isinstance(record["id"], str) or not record["id"].strip():
        add("id must be a non-empty string")
    date = None
    if record["date"] is not None:
        try:
            date = parse_date(record["date"])
        except (TypeError, ValueError):
            add(f"date {record['date']!r} is not YYYY-MM-DD")
    if record["source_state"] is not None and not kb.is_state(record["source_state"]):
        add(f"source_state {record['source_state']!r} is not an ISO 3166-1 alpha-3 code")
    if record["modality"] not in MODALITIES:
        add(f"modality {record['modality']!r} is not one of {', '.join(MODALITIES)}")

    participants = record["participants"]
    if not isinstance(participants, list):
        add("participants must be a list")
        participants = []
    seen = set()
    for p in participants:
        if not isinstance(p, dict) or set(p) != {"name", "role", "state"}:
            add(f"participant {p!r} must be an object with exactly name, role, state")
            continue
        name, role, state = p["name"], p["role"], p["state"]
        if (name, state) in seen:
            add(f"participant {name} listed twice")
        seen.add((name, state))
        if role not in ROLES:
            add(f"participant {name}: role {role!r} is not one of {', '.join(ROLES)}")
        if state is not None and not kb.is_state(state):
            add(f"participant {name}: state {state!r} is not an ISO 3166-1 alpha-3 code")
        if name not in kb.persons:
            add(f"participant {name!r} is not a canonical name of the knowledge base")
            continue
        person = kb.person(name)
        if role in ("president", "prime_minister", "foreign_minister"):
            if not kb.ever_held(name, role, state):
                add(f"participant {name}: never {role} of {state} in the knowledge base")
            elif date is not None and not any(
                t.role == role and t.state == state and t.active(date) for t in person.tenures
            ):
                add(f"participant {name}: not {role} of {state} on {date} per the knowledge base")
        elif role == "other":
            states = {t.state for t in person.tenures}
            if person.tenures and state not in states:
                add(f"participant {name}: state {state} does not match the knowledge base ({sorted(map(str, states))})")
            if date is not None:
                held = person.tenure_on(date)
                if held is not None and held.role != "other" and held.state == state:
                    add(f"participant {name}: was {held.role} of {held.state} on {date}, not 'other'")

    expected_states = sorted({p["state"] for p in participants if isinstance(p, dict) and p.get("state")})
    if record["participant_states"] != expected_states:
        add(f"participant_states {record['participant_states']} should be {expected_states}")
    mentioned = record["mentioned_states"]
    if not isinstance(mentioned, list) or not _is_sorted_unique(mentioned):
        add("mentioned_states must be a sorted list without repeats")
    else:
        bad = [c for c in mentioned if not kb.is_state(c)]
        if bad:
            add(f"mentioned_states has codes that are not ISO 3166-1 alpha-3: {bad}")
    expected_format = format_of(expected_states)
    if record["format"] != expected_format:
        add(f"format {record['format']!r} should be {expected_format!r} for states {expected_states}")
    if record["modality"] == "none" and len(expected_states) >= 2:
        add("modality 'none' but officials of two or more states take part")
    if record["modality"] in MODALITIES and record["modality"] != "none" and len(expected_states) < 2:
        add(f"modality {record['modality']!r} needs participants of two or more states")

    themes = record["themes"]
    if not isinstance(themes, list) or not _is_sorted_unique(themes):
        add("themes must be a sorted list without repeats")
    else:
        bad = [t for t in themes if t not in THEMES]
        if bad:
            add(f"unknown themes: {bad}")
    if not isinstance(record["text"], str) or not record["text"].strip():
        add("text must be a non-empty string")
    if "split" in record and record["split"] not in SPLITS:
        add(f"split {record['split']!r} is not one of {', '.join(SPLITS)}")
    if require_split and "split" not in record:
        add("split is missing")
    return problems


def validate_files(files, require_split=False):
    """Validate every record of ``files``; returns (records, problems)."""
    kb = load_kb()
    records, problems, ids = [], [], {}
    for path in files:
        try:
            for number, record in read_jsonl(path):
                where = f"{Path(path).name}:{number}"
                rid = str(record.get("id", "?"))
                if rid in ids:
                    problems.append(Problem(where, rid, f"duplicate id (first at {ids[rid]})"))
                ids.setdefault(rid, where)
                for message in validate_record(record, kb, require_split=require_split):
                    problems.append(Problem(where, rid, message))
                records.append(record)
        except ValueError as error:
            problems.append(Problem(str(path), "-", str(error)))
    return records, problems


def coverage(records):
    """Counts that the corpus minimums are about, as plain dicts."""
    by_modality = Counter(r["modality"] for r in records)
    by_theme = Counter(t for r in records for t in r["themes"])
    by_state = Counter(s for r in records for s in set(r["participant_states"]) if s in CENTRAL_ASIA)
    by_year = Counter(str(r["date"])[:4] for r in records if r.get("date"))
    by_split = Counter(r.get("split", "(none)") for r in records)
    outside = sum(1 for r in records if any(s not in CENTRAL_ASIA for s in r["participant_states"]))
    multilateral = sum(1 for r in records if r["format"] == "multilateral")
    return {
        "records": len(records),
        "modality": dict(by_modality),
        "themes": dict(by_theme),
        "central_asian_participant": dict(by_state),
        "years": dict(sorted(by_year.items())),
        "splits": dict(by_split),
        "outside_power": outside,
        "multilateral": multilateral,
    }


def check_minimums(cov):
    """Return a list of (requirement, measured, minimum, ok) rows for the corpus minimums."""
    rows = [("records", cov["records"], MINIMUMS["records"])]
    for modality, minimum in MINIMUMS["per_modality"].items():
        rows.append((f"modality {modality}", cov["modality"].get(modality, 0), minimum))
    for theme in THEMES:
        rows.append((f"theme {theme}", cov["themes"].get(theme, 0), MINIMUMS["per_theme"]))
    for state in CENTRAL_ASIA:
        rows.append(
            (f"participant {state}", cov["central_asian_participant"].get(state, 0), MINIMUMS["per_central_asian_state"])
        )
    rows.append(("involving an outside power", cov["outside_power"], MINIMUMS["outside_power"]))
    rows.append(("multilateral", cov["multilateral"], MINIMUMS["multilateral"]))
    for year in MINIMUMS["years"]:
        rows.append((f"year {year}", cov["years"].get(str(year), 0), 1))
    total = cov["records"] or 1
    test_share = round(cov["splits"].get("test", 0) / total, 3)
    rows.append(("test share", test_share, MINIMUMS["test_share"]))
    return [(name, value, minimum, value >= minimum) for name, value, minimum in rows]



#: Target shares of new records per split; the test share stays above the 20% minimum.
SPLIT_SHARES = {"test": 0.22, "dev": 0.15}


def assign_splits(records, source_of=lambda r: ""):
    """Give a ``split`` to every record that has none; records that have one keep it.

    New records are grouped by (source file, modality) and ordered by the
    sha256 of their id, a fixed pseudo-random order; in each group the first
    22% go to test, the next 15% to dev, the rest to train. Returns the number
    of records assigned.
    """
    groups = {}
    for record in records:
        if "split" not in record:
            groups.setdefault((source_of(record), record["modality"]), []).append(record)
    for members in groups.values():
        members.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        n = len(members)
        n_test = round(n * SPLIT_SHARES["test"])
        n_dev = round(n * SPLIT_SHARES["dev"])
        for i, record in enumerate(members):
            record["split"] = "test" if i < n_test else "dev" if i < n_test + n_dev else "train"
    return sum(len(m) for m in groups.values())


def write_jsonl(path, records):
    """Write records as JSON Lines atomically, keys in ANNOTATION.md order then ``split``."""
    from canlp.files import write_text_atomic

    order = (*RECORD_KEYS, *OPTIONAL_KEYS)
    lines = []
    for record in records:
        ordered = {k: record[k] for k in order if k in record}
        ordered.update({k: v for k, v in record.items() if k not in ordered})
        lines.append(json.dumps(ordered, ensure_ascii=False))
    write_text_atomic(path, "\n".join(lines) + "\n")


#: Declarations the corpus must hold (file stems), and how many in all.
REQUIRED_DECLARATIONS = ("xian-2023", "c5plus1-new-york-2023")
MIN_DECLARATIONS = 8
DECLARATION_KEYS = ("name", "title", "date", "place", "parties", "source_note", "paragraphs")


def declaration_files(folder=None):
    """The declaration digests of the corpus (``corpora/declarations/*.json``), sorted by name."""
    if folder is None:
        from canlp.paths import declarations_dir

        folder = declarations_dir()
    return sorted(Path(folder).glob("*.json"))


def validate_declaration(path, kb=None):
    """Problems (strings) with one declaration digest; empty when it is valid."""
    kb = kb or load_kb()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        return [f"cannot read: {error}"]
    problems = []
    missing = [k for k in DECLARATION_KEYS if k not in data]
    if missing:
        return [f"missing keys: {', '.join(missing)}"]
    if data["name"] != Path(path).stem:
        problems.append(f"name {data['name']!r} differs from the file stem {Path(path).stem!r}")
    try:
        parse_date(data["date"])
    except (TypeError, ValueError):
        problems.append(f"date {data['date']!r} is not YYYY-MM-DD")
    bad_parties = [c for c in data["parties"] if not kb.is_state(c)]
    if bad_parties:
        problems.append(f"parties that are not ISO 3166-1 alpha-3 codes: {bad_parties}")
    for org in data.get("organisations", []):
        if org not in kb.organisations:
            problems.append(f"unknown organisation {org!r}")
    paragraphs = data["paragraphs"]
    if not paragraphs:
        problems.append("no paragraphs")
    for i, paragraph in enumerate(paragraphs, 1):
        if paragraph.get("n") != i:
            problems.append(f"paragraph {i}: n is {paragraph.get('n')!r}, expected {i}")
        if not str(paragraph.get("text", "")).strip():
            problems.append(f"paragraph {i}: empty text")
        themes = paragraph.get("themes")
        if not isinstance(themes, list) or not themes or not _is_sorted_unique(themes):
            problems.append(f"paragraph {i}: themes must be a non-empty sorted list without repeats")
        elif any(t not in THEMES for t in themes):
            problems.append(f"paragraph {i}: unknown themes {[t for t in themes if t not in THEMES]}")
    return problems


def validate_declarations(files=None):
    """Validate every declaration digest; returns a list of :class:`Problem`."""
    files = declaration_files() if files is None else files
    problems = []
    for path in files:
        for message in validate_declaration(path):
            problems.append(Problem(Path(path).name, Path(path).stem, message))
    stems = {Path(p).stem for p in files}
    for name in REQUIRED_DECLARATIONS:
        if name not in stems:
            problems.append(Problem("corpora/declarations", name, "required declaration is missing"))
    if len(files) < MIN_DECLARATIONS:
        problems.append(
            Problem("corpora/declarations", "-", f"{len(files)} declarations, at least {MIN_DECLARATIONS} needed")
        )
    return problems


def write_split_manifest(files=None):
    """Write ``corpora/splits.json`` (record id → split) from the corpus; returns its path.

    The manifest only ever grows: :func:`assign_splits` never changes a split,
    and a test fails if a record's split differs from the manifest.
    """
    from canlp.files import write_text_atomic
    from canlp.paths import corpora_dir

    manifest = {r["id"]: r["split"] for r in load_records(files) if "split" in r}
    path = corpora_dir() / "splits.json"
    write_text_atomic(path, json.dumps(dict(sorted(manifest.items())), indent=0) + "\n")
    return path
