"""Scores of canlp against the annotated corpus.

``evaluate_extraction`` compares the spaCy pipeline's output with the gold
records: participant F1 by person and by (state, role), participant-state F1,
mentioned-state F1 (micro-averaged over documents) and format accuracy, with
the list of documents it got wrong.
"""

from collections import Counter


def prf(tp, fp, fn):
    """Precision, recall and F1 from counts (1.0 when there is nothing to find and nothing found)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}


def _multiset_counts(gold, pred):
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def evaluate_extraction(records, nlp=None, n_process=1):
    """Score the extraction pipeline on gold ``records``; returns metrics and errors (plain data)."""
    from canlp.pipeline import extract, load

    nlp = nlp or load()
    totals = {k: [0, 0, 0] for k in ("participant_person", "participant_state_role", "participant_states", "mentioned_states")}
    format_correct = 0
    errors = []
    docs = extract(
        nlp,
        [r["text"] for r in records],
        dates=[r.get("date") for r in records],
        source_states=[r.get("source_state") for r in records],
        n_process=n_process,
    )
    for record, doc in zip(records, docs):
        predicted = {
            "participant_person": [p["name"] for p in doc._.participants],
            "participant_state_role": [(p["state"], p["role"]) for p in doc._.participants],
            "participant_states": list(doc._.participant_states),
            "mentioned_states": list(doc._.mentioned_states),
        }
        gold = {
            "participant_person": [p["name"] for p in record["participants"]],
            "participant_state_role": [(p["state"], p["role"]) for p in record["participants"]],
            "participant_states": list(record["participant_states"]),
            "mentioned_states": list(record["mentioned_states"]),
        }
        wrong = {}
        for key in totals:
            tp, fp, fn = _multiset_counts(gold[key], predicted[key])
            for i, value in enumerate((tp, fp, fn)):
                totals[key][i] += value
            if fp or fn:
                wrong[key] = {
                    "missing": sorted(map(str, (Counter(gold[key]) - Counter(predicted[key])).elements())),
                    "extra": sorted(map(str, (Counter(predicted[key]) - Counter(gold[key])).elements())),
                }
        if doc._.format == record["format"]:
            format_correct += 1
        else:
            wrong["format"] = {"gold": record["format"], "predicted": doc._.format}
        if wrong:
            errors.append({"id": record["id"], "errors": wrong})
    metrics = {key: prf(*counts) for key, counts in totals.items()}
    metrics["format_accuracy"] = round(format_correct / len(records), 4) if records else 1.0
    metrics["documents"] = len(records)
    return {"metrics": metrics, "errors": errors}
