"""The interactions dataset: one row per interaction, however many documents reported it.

Official sources on both sides of an interaction usually publish their own
readout of it, and news agencies repeat them. :func:`build_dataset` reads a
folder of communiqués, classifies every document, keeps those that report an
interaction (modality other than ``none``, officials of two or more states)
and merges the reports of one interaction.

The merge rule (:func:`same_interaction`). Two reports describe the same
interaction when all of these hold:

1. the same modality;
2. the same participant states — exactly for bilateral reports; for
   multilateral ones (where each side lists the leaders it cares about) a
   Jaccard overlap of at least :data:`MULTILATERAL_OVERLAP`;
3. the same level (highest role among participants), so the foreign
   ministers' meeting is kept apart from their presidents' on the same day;
   and no state whose named participants differ entirely between the two
   (the guest's talks with the host's premier and with its president);
4. dates at most :data:`MAX_DAYS_APART` day apart (time zones, next-day
   publication, the two days of one visit). When either date is unknown the
   reports merge only if their texts are near-identical (a reprint):
   cosine similarity of at least :data:`REPRINT_SIMILARITY`;
5. similar content: cosine similarity of their TF-IDF word vectors (numbers
   and stop words left out) of at least :data:`MIN_SIMILARITY`.

The thresholds were chosen on ``corpora/duplicates/set-a.jsonl`` (the rule's
F1 there is flat for similarity floors from 0 to 0.12; 0.05 sits inside that
range), and ``set-b.jsonl`` is kept as the held-out measure. Content
similarity separates few events in practice: two readouts of one call share
little wording, and two calls of one pair on consecutive days share a lot.

Reports are grouped greedily in date order: a report joins the group whose
every member satisfies rules 1–4 with it and whose most similar member
satisfies rule 5 (the most similar such group if several do), else starts a
group. Requiring rules 1–4 against every member stops chains (a call on the
1st, another on the 2nd, a third on the 3rd) from fusing into one.

Each group becomes one row: the earliest reported date, the union of
participants, states and themes (a theme reported by either side counts),
and the ids, URLs and source states of every report. The rule's precision
and recall are measured by ``canlp evaluate --part dataset`` on the
hand-written set of duplicated and near-duplicate events in
``corpora/duplicates/``.
"""

import datetime as dt
import hashlib
import json
from itertools import combinations
from pathlib import Path

from canlp.labels import THEMES, format_of, is_intraregional, level_of

#: Dates of two reports of one interaction differ by at most this many days.
MAX_DAYS_APART = 1
#: Minimum TF-IDF cosine similarity of two reports of one interaction.
MIN_SIMILARITY = 0.05
#: Minimum cosine similarity to merge reports when a date is unknown (reprints).
REPRINT_SIMILARITY = 0.80
#: Minimum Jaccard overlap of the participant states of two multilateral reports.
MULTILATERAL_OVERLAP = 0.6

#: Columns of the interactions dataset, in order.
COLUMNS = (
    "interaction_id", "date", "year", "modality", "participants", "participant_states", "dyads",
    "level", "format", "intraregional", "themes", "ceremonial_only", "n_reports",
    "document_ids", "urls", "source_states",
)
#: Columns that hold lists; in CSV files they are joined with ``LIST_SEPARATOR``.
LIST_COLUMNS = ("participants", "participant_states", "dyads", "themes", "document_ids", "urls", "source_states")
LIST_SEPARATOR = "; "


# ---------------------------------------------------------------- similarity

def similarity_matrix(texts):
    """Pairwise cosine similarities of TF-IDF word vectors of ``texts`` (a NumPy array).

    Words of three letters or more, English stop words and numbers left out. Names are kept:
    two sides' readouts of one event share few content words but name the same people and places.
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(texts) == 0:
        return np.zeros((0, 0))
    vectorizer = TfidfVectorizer(
        lowercase=True, stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_]{3,}\b"
    )
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # no words at all
        return np.eye(len(texts))
    return (matrix @ matrix.T).toarray()


# ---------------------------------------------------------------- the rule

def _date(value):
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 0.0


def _people_by_state(row):
    people = {}
    for person in row["participants"]:
        people.setdefault(person["state"], set()).add(person["name"])
    return people


def _different_people(a, b):
    """True when, for some state, both reports name its participants and no name is shared
    (talks with the premier and talks with the president of one host, the same day)."""
    people_a, people_b = _people_by_state(a), _people_by_state(b)
    return any(people_a[state].isdisjoint(people_b[state]) for state in people_a.keys() & people_b.keys())


def compatible(a, b):
    """Rules 1–4 of the merge rule (see the module text) for two report rows; the date part is
    ``None`` when a date is unknown, in which case only reprints merge."""
    if a["modality"] != b["modality"] or a.get("level") != b.get("level"):
        return False
    if _different_people(a, b):
        return False
    states_a, states_b = set(a["participant_states"]), set(b["participant_states"])
    if len(states_a) == 2 or len(states_b) == 2:
        if states_a != states_b:
            return False
    elif _jaccard(states_a, states_b) < MULTILATERAL_OVERLAP:
        return False
    date_a, date_b = _date(a.get("date")), _date(b.get("date"))
    if date_a is None or date_b is None:
        return None
    return abs((date_a - date_b).days) <= MAX_DAYS_APART


def same_interaction(a, b, similarity):
    """Whether two report rows describe one interaction, given their texts' cosine ``similarity``."""
    fits = compatible(a, b)
    if fits is None:
        return similarity >= REPRINT_SIMILARITY
    return fits and similarity >= MIN_SIMILARITY


def is_interaction(row):
    """A document reports an interaction when it has a modality and officials of two or more states."""
    return row["modality"] != "none" and len(row["participant_states"]) >= 2


def group_reports(rows, texts):
    """Group report rows (classify output) into interactions; a list of lists of row indexes.

    ``texts`` are the documents' texts, for the content similarity.
    """
    similarity = similarity_matrix(list(texts))
    order = sorted(range(len(rows)), key=lambda i: (_date(rows[i].get("date")) or dt.date.max, i))
    groups = []
    for i in order:
        best, best_score = None, -1.0
        for number, group in enumerate(groups):
            if any(compatible(rows[i], rows[j]) is False for j in group):
                continue
            closest = max(group, key=lambda j: similarity[i, j])
            score = similarity[i, closest]
            if same_interaction(rows[i], rows[closest], score) and score > best_score:
                best, best_score = number, score
        if best is None:
            groups.append([i])
        else:
            groups[best].append(i)
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])


# ---------------------------------------------------------------- rows

def _ordered_union(lists):
    seen = {}
    for items in lists:
        for item in items:
            seen.setdefault(item, None)
    return list(seen)


def dyads_of(states):
    """The state pairs of an interaction, each written ``AAA-BBB`` in alphabetical order."""
    return [f"{a}-{b}" for a, b in combinations(sorted(states), 2)]


def interaction_row(reports):
    """One dataset row from the report rows of one interaction."""
    dates = sorted(d for d in (_date(r.get("date")) for r in reports) if d is not None)
    participants = {}
    for report in reports:
        for person in report["participants"]:
            participants.setdefault(person["name"], person)
    people = list(participants.values())
    states = sorted(set().union(*(r["participant_states"] for r in reports)))
    themes = [t for t in THEMES if any(t in r["themes"] for r in reports)]
    date = dates[0].isoformat() if dates else None
    return {
        "interaction_id": None,
        "date": date,
        "year": dates[0].year if dates else None,
        "modality": reports[0]["modality"],
        "participants": [f"{p['name']} ({p['role']}, {p['state']})" for p in people],
        "participant_states": states,
        "dyads": dyads_of(states),
        "level": level_of([p["role"] for p in people]),
        "format": format_of(states),
        "intraregional": is_intraregional(states),
        "themes": themes,
        "ceremonial_only": set(themes) <= {"ceremonial"},
        "n_reports": len(reports),
        "document_ids": [str(r["id"]) for r in reports],
        "urls": _ordered_union([[r["url"]] for r in reports if r.get("url")]),
        "source_states": _ordered_union([[r["source_state"]] for r in reports if r.get("source_state")]),
    }


def _with_ids(rows):
    """Readable, stable interaction ids: date, modality and states (a letter added on a clash)."""
    counts = {}
    for row in rows:
        base = f"{row['date'] or 'undated'}-{row['modality']}-{'-'.join(row['participant_states'])}"
        counts[base] = counts.get(base, 0) + 1
        row["interaction_id"] = base if counts[base] == 1 else f"{base}-{counts[base]}"
    return rows


def interactions_from_reports(rows, texts):
    """The interactions (list of dicts, dataset columns) from classified report rows and their texts."""
    keep = [i for i, row in enumerate(rows) if is_interaction(row)]
    reports = [rows[i] for i in keep]
    groups = group_reports(reports, [texts[i] for i in keep])
    interactions = [interaction_row([reports[i] for i in group]) for group in groups]
    interactions.sort(key=lambda r: (r["date"] or "9999", r["modality"], r["participant_states"]))
    return _with_ids(interactions)


def to_frame(interactions):
    """A DataFrame with the dataset columns, list cells kept as lists."""
    import pandas as pd

    frame = pd.DataFrame(list(interactions), columns=list(COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    return frame


# ---------------------------------------------------------------- building from files

def _document_key(document):
    """Identifies a document across runs (its origin and a hash of its text), for resuming."""
    digest = hashlib.sha1(document.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{document.origin or document.id}#{digest}"


def _load_checkpoint(path):
    done = {}
    if path is None or not Path(path).exists():
        return done
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                item = json.loads(line)
                done[item["key"]] = item
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # a line cut short by an interruption: classify that document again
    return done


def classify_for_dataset(documents, checkpoint=None, workers=1, progress=None, chunk_size=256):
    """Classify documents, appending each result to ``checkpoint`` (JSON Lines) as it comes.

    Documents already in the checkpoint (same origin, same text) are not classified again, so
    an interrupted run resumes where it stopped. Returns (rows, texts) in input order.
    """
    from canlp.api import classify_documents

    done = _load_checkpoint(checkpoint)
    keys = [_document_key(d) for d in documents]
    todo = [(k, d) for k, d in zip(keys, documents) if k not in done]
    if progress is not None:
        for _ in range(len(documents) - len(todo)):
            progress()
    handle = open(checkpoint, "a", encoding="utf-8") if checkpoint is not None else None
    try:
        step = chunk_size if workers <= 1 else max(chunk_size, 2000)
        for start in range(0, len(todo), step):
            chunk = todo[start:start + step]
            options = {"n_process": workers} if workers > 1 else {}
            rows = classify_documents([d for _, d in chunk], progress=progress, **options)
            for (key, document), row in zip(chunk, rows):
                item = {"key": key, "row": row, "text": document.text}
                done[key] = item
                if handle is not None:
                    handle.write(json.dumps(item, ensure_ascii=False) + "\n")
            if handle is not None:
                handle.flush()
    finally:
        if handle is not None:
            handle.close()
    return [done[k]["row"] for k in keys], [done[k]["text"] for k in keys]


def build_dataset(source, date=None, workers=1, checkpoint=None, progress=None):
    """The interactions dataset (a DataFrame, one row per interaction) from communiqués.

    ``source`` is a list of paths (files or folders, as for ``canlp classify``), a DataFrame
    with a ``text`` column (classified first), or a DataFrame already returned by
    :func:`canlp.classify` (with ``text`` kept, or a ``text`` column added). Inputs that cannot be
    read are listed in ``frame.attrs["errors"]`` as ``(origin, message)`` pairs;
    ``frame.attrs["documents"]`` counts the documents read and ``frame.attrs["reports"]`` those
    that report an interaction.
    """
    import pandas as pd

    errors = []
    if isinstance(source, pd.DataFrame):
        if "text" not in source:
            raise ValueError("the DataFrame needs a 'text' column")
        if {"modality", "participants", "participant_states", "themes"} <= set(source.columns):
            rows = source.to_dict("records")
        else:
            from canlp.api import classify

            rows = classify(source).to_dict("records")
        texts = [str(t) for t in source["text"]]
    else:
        from canlp.reading import InputError, read_inputs

        if isinstance(source, (str, Path)):
            source = [source]
        items = list(read_inputs([str(p) for p in source], date=date))
        documents = [i for i in items if not isinstance(i, InputError)]
        errors = [(i.origin, i.message) for i in items if isinstance(i, InputError)]
        rows, texts = classify_for_dataset(documents, checkpoint=checkpoint, workers=workers, progress=progress)
    frame = to_frame(interactions_from_reports(rows, texts))
    frame.attrs["errors"] = errors
    frame.attrs["documents"] = len(rows)
    frame.attrs["reports"] = sum(1 for r in rows if is_interaction(r))
    return frame


# ---------------------------------------------------------------- files

def write_dataset(frame, path):
    """Write the dataset atomically: ``.csv`` (list cells joined with '; ') or ``.parquet`` (lists kept)."""
    from canlp.files import atomic_path

    path = Path(path)
    with atomic_path(path) as tmp:
        if path.suffix.lower() == ".parquet":
            frame.to_parquet(tmp, index=False)
        else:
            flat = frame.copy()
            for column in LIST_COLUMNS:
                flat[column] = flat[column].map(LIST_SEPARATOR.join)
            flat.to_csv(tmp, index=False)


def read_dataset(path):
    """Read a dataset written by :func:`write_dataset` (CSV or Parquet) with list cells as lists."""
    import pandas as pd

    path = Path(path)
    if path.suffix.lower() == ".parquet":
        frame = pd.read_parquet(path)
        for column in LIST_COLUMNS:
            frame[column] = frame[column].map(list)
        return frame
    frame = pd.read_csv(path, dtype={"date": "string", "interaction_id": "string"}, keep_default_na=False)
    missing = [c for c in ("date", "modality", "participant_states", "level", "format", "themes") if c not in frame]
    if missing:
        raise ValueError(f"not an interactions dataset (no column {', '.join(missing)})")
    for column in LIST_COLUMNS:
        if column in frame:
            frame[column] = frame[column].map(lambda cell: [x for x in str(cell).split(LIST_SEPARATOR) if x])
    frame["date"] = frame["date"].map(lambda d: d or None)
    frame["year"] = pd.to_numeric(frame.get("year"), errors="coerce").astype("Int64")
    for column in ("intraregional", "ceremonial_only"):
        if column in frame:
            frame[column] = frame[column].map(lambda v: str(v).lower() == "true")
    return frame


# ---------------------------------------------------------------- measuring the merge rule

def duplicates_files():
    """The hand-written test set of duplicated and near-duplicate events (JSON Lines, key ``event``)."""
    from canlp.paths import corpora_dir

    return sorted((corpora_dir() / "duplicates").glob("*.jsonl"))


def load_duplicates():
    """The records of the duplicates test set, each with its gold ``event`` key."""
    from canlp.corpus import read_jsonl

    return [record for path in duplicates_files() for _, record in read_jsonl(path)]


def gold_report_row(record):
    """A report row (as classify gives it) from an annotated record: the rule alone, without the pipeline."""
    return {
        "id": record["id"],
        "date": record.get("date"),
        "modality": record["modality"],
        "participants": record["participants"],
        "participant_states": sorted(record["participant_states"]),
        "themes": record["themes"],
        "level": level_of([p["role"] for p in record["participants"]]),
        "url": record.get("url"),
        "source_state": record.get("source_state"),
    }


def pairwise_scores(events, groups):
    """Pairwise precision and recall of a grouping: a pair of reports is positive when grouped together.

    ``events`` gives each report's gold event; ``groups`` lists predicted groups of report indexes
    (reports in no group stand alone). Also the share of gold events reconstructed exactly.
    """
    predicted = {}
    for number, group in enumerate(groups):
        for index in group:
            predicted[index] = number
    gold_pairs = {(i, j) for i, j in combinations(range(len(events)), 2) if events[i] == events[j]}
    found_pairs = {
        (i, j) for i, j in combinations(range(len(events)), 2)
        if i in predicted and j in predicted and predicted[i] == predicted[j]
    }
    true = len(gold_pairs & found_pairs)
    precision = true / len(found_pairs) if found_pairs else 1.0
    recall = true / len(gold_pairs) if gold_pairs else 1.0
    clusters = {}
    for index, event in enumerate(events):
        clusters.setdefault(event, set()).add(index)
    found = {frozenset(g) for g in groups}
    exact = sum(1 for members in clusters.values() if frozenset(members) in found)
    return {
        "pairs_gold": len(gold_pairs), "pairs_found": len(found_pairs),
        "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "events": len(clusters), "groups": len(groups), "events_exact": exact,
    }


def _grouping_errors(records, groups):
    errors = []
    for group in groups:
        events = sorted({records[i]["event"] for i in group})
        if len(events) > 1:
            errors.append({"merged": [records[i]["id"] for i in group], "events": events})
    placed = {}
    for number, group in enumerate(groups):
        for index in group:
            placed[index] = number
    by_event = {}
    for index, record in enumerate(records):
        by_event.setdefault(record["event"], set()).add(placed.get(index))
    for event, numbers in sorted(by_event.items()):
        if len(numbers) > 1:
            errors.append({"split": event, "ids": [r["id"] for r in records if r["event"] == event]})
    return errors


def evaluate_merging(records=None, end_to_end=True):
    """Precision and recall of the merge rule on the duplicates test set.

    ``rule``: the rule applied to the gold annotations (is the rule right?); ``end_to_end``: the
    rule applied to what canlp reads from the texts (what a user gets). Reports that canlp does not
    read as an interaction stand alone.
    """
    records = load_duplicates() if records is None else list(records)
    texts = [r["text"] for r in records]
    events = [r["event"] for r in records]
    rows = [gold_report_row(r) for r in records]
    groups = group_reports(rows, texts)
    result = {"reports": len(records), "rule": pairwise_scores(events, groups), "rule_errors": _grouping_errors(records, groups)}
    if end_to_end:
        from canlp.api import classify_documents
        from canlp.reading import InputDocument

        documents = [InputDocument(id=r["id"], text=r["text"], date=r.get("date"), source_state=r.get("source_state"))
                     for r in records]
        predicted = classify_documents(documents)
        keep = [i for i, row in enumerate(predicted) if is_interaction(row)]
        kept_groups = group_reports([predicted[i] for i in keep], [texts[i] for i in keep])
        groups = [[keep[i] for i in group] for group in kept_groups]
        result["end_to_end"] = pairwise_scores(events, groups)
        result["end_to_end_errors"] = _grouping_errors(records, groups)
    return result
