"""Score canlp on real readouts that nobody on the team wrote, against hand labels.

The labels (ANNOTATION.md fields, no text) and the address of every readout are
in ``benchmarks/real_text/<set>.jsonl``; the texts are not in the repository
(they are other people's words). Save each page's text as ``<id>.txt`` in one
folder per set, then:

    python benchmarks/score_real_text.py --set heldout --texts path/to/heldout-texts [--errors]

A labelled set of your own (the same record format) is scored with ``--labels FILE.jsonl`` in place of ``--set``.

The labels were written by hand from the texts and ANNOTATION.md before canlp
was run on them. Gold dates are passed where the text gives one (as a
researcher who knows the date would); with ``--text-dates`` none is passed and
canlp reads each date from the text, as for a folder of pages nobody dated. Prints modality accuracy and macro-F1,
theme micro/macro-F1, participants (exact sets, and P/R/F1 by name + role +
state), participant and mentioned states, format accuracy; ``--errors`` adds
every text's differences. Names are compared as people, not spellings (see
:func:`same_person`). Texts missing from the folder are reported and
left out of the scores.
"""

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "real_text"


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def set_prf(golds, preds):
    """Micro precision, recall and F1 of predicted sets against gold sets."""
    tp = sum(len(g & p) for g, p in zip(golds, preds))
    fp = sum(len(p - g) for g, p in zip(golds, preds))
    fn = sum(len(g - p) for g, p in zip(golds, preds))
    return prf(tp, fp, fn)


def macro_f1(golds, preds, labels):
    """Mean F1 over the labels that occur in gold or prediction."""
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(golds, preds) if label in g and label in p)
        fp = sum(1 for g, p in zip(golds, preds) if label not in g and label in p)
        fn = sum(1 for g, p in zip(golds, preds) if label in g and label not in p)
        if tp + fp + fn:
            scores.append(prf(tp, fp, fn)[2])
    return sum(scores) / len(scores) if scores else 0.0


def same_person(name):
    """One spelling per person: the knowledge base's canonical name when the spelling is one of its
    person's known spellings (accents and case folded), else the folded spelling. Labels spell people
    missing from the knowledge base as their text does ("Alberto Fernández"); when the knowledge base
    later learns them ("Alberto Fernandez"), they are still the same person."""
    if not isinstance(name, str):
        return name
    from canlp.kb import load_kb, normalize

    found = load_kb().candidates(name)
    return found[0] if len(found) == 1 else normalize(name)


def persons(participants):
    return {(same_person(p.get("name")), p.get("role"), p.get("state")) for p in participants}


def _name_keys(name):
    """(first letter, surname) pairs of a folded name, hyphens and dots as spaces: "s jaishankar" -> ("s",
    "jaishankar"); a hyphenated last word also read whole ("amir-abdollahian" as "amirabdollahian")."""
    words = name.replace("-", " ").replace(".", " ").split()
    if len(words) < 2:
        return set()
    last = name.replace(".", " ").split()[-1].replace("-", "")
    return {(words[0][0], words[-1]), (words[0][0], last)}


def aligned(gold, pred):
    """``gold``'s persons with a spelling the knowledge base does not know ("Akilbek Japarov", "S Jaishankar",
    "Sirodjiddin Muhriddin") replaced by the one person canlp named with the same role, state, surname and first
    letter ("Akylbek Japarov", "Subrahmanyam Jaishankar"; "Amirabdollahian" is "Amir-Abdollahian"): one person in
    two transliterations is no miss and no extra person. Names are compared folded, hyphens and dots as spaces."""
    missing, extra = gold - pred, pred - gold
    if not missing or not extra:
        return gold
    from canlp.kb import normalize

    out = set(gold)
    for g in missing:
        keys = _name_keys(normalize(g[0])) if isinstance(g[0], str) else set()
        if not keys:
            continue
        same = [p for p in extra if isinstance(p[0], str) and p[1:] == g[1:] and keys & _name_keys(normalize(p[0]))]
        if len(same) == 1:
            out.discard(g)
            out.add(same[0])
            extra = extra - {same[0]}
    return out


def _format(value):
    return value if isinstance(value, str) and value else None


def scores(gold, pred):
    """A dict of the figures for gold records and canlp's records of the same texts (same order)."""
    from canlp.labels import MODALITIES, THEMES

    n = len(gold)
    gm, pm = [g["modality"] for g in gold], [p["modality"] for p in pred]
    gt, pt = [set(g["themes"]) for g in gold], [set(p["themes"]) for p in pred]
    pp = [persons(p["participants"]) for p in pred]
    gp = [aligned(persons(g["participants"]), b) for g, b in zip(gold, pp)]
    return {
        "texts": n,
        "modality_accuracy": sum(a == b for a, b in zip(gm, pm)) / n,
        "modality_macro_f1": macro_f1([{x} for x in gm], [{x} for x in pm], MODALITIES),
        "themes_micro": set_prf(gt, pt),
        "themes_macro_f1": macro_f1(gt, pt, THEMES),
        "participants_exact": sum(a == b for a, b in zip(gp, pp)),
        "persons": set_prf(gp, pp),
        "participant_states": set_prf([set(g["participant_states"]) for g in gold], [set(p["participant_states"]) for p in pred]),
        "mentioned_states": set_prf([set(g["mentioned_states"]) for g in gold], [set(p["mentioned_states"]) for p in pred]),
        "format_accuracy": sum(_format(g["format"]) == _format(p["format"]) for g, p in zip(gold, pred)) / n,
    }


def report(figures):
    f = figures
    return "\n".join([
        f"texts: {f['texts']}",
        f"modality: accuracy {f['modality_accuracy']:.3f}  macro-F1 {f['modality_macro_f1']:.3f}",
        f"themes: micro-F1 {f['themes_micro'][2]:.3f} (P {f['themes_micro'][0]:.3f} R {f['themes_micro'][1]:.3f})"
        f"  macro-F1 {f['themes_macro_f1']:.3f}",
        f"participants: exact-set matches {f['participants_exact']}/{f['texts']}",
        "persons (name+role+state): P {:.3f} R {:.3f} F1 {:.3f}".format(*f["persons"]),
        "participant states: P {:.3f} R {:.3f} F1 {:.3f}".format(*f["participant_states"]),
        "mentioned states: P {:.3f} R {:.3f} F1 {:.3f}".format(*f["mentioned_states"]),
        f"format: accuracy {f['format_accuracy']:.3f}",
    ])


def differences(g, p):
    lines = []
    if g["modality"] != p["modality"]:
        lines.append(f"  modality gold={g['modality']} pred={p['modality']}")
    if set(g["themes"]) != set(p["themes"]):
        lines.append(f"  themes missing={sorted(set(g['themes']) - set(p['themes']))} "
                     f"extra={sorted(set(p['themes']) - set(g['themes']))}")
    b = persons(p["participants"])
    a = aligned(persons(g["participants"]), b)
    if a != b:
        lines.append(f"  persons missing={sorted(a - b, key=str)} extra={sorted(b - a, key=str)}")
    c, d = set(g["mentioned_states"]), set(p["mentioned_states"])
    if c != d:
        lines.append(f"  mentioned missing={sorted(c - d)} extra={sorted(d - c)}")
    if _format(g["format"]) != _format(p["format"]):
        lines.append(f"  format gold={g['format']} pred={p['format']}")
    return lines


def main(argv=None):
    sets = sorted(p.stem for p in HERE.glob("*.jsonl"))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--set", choices=sets, help="which labelled set of benchmarks/real_text/")
    which.add_argument(
        "--labels", type=Path, metavar="FILE.jsonl", help="a labelled set of your own (the same record format, one per line)"
    )
    parser.add_argument("--texts", required=True, type=Path, help="folder with the set's texts as <id>.txt")
    parser.add_argument("--errors", action="store_true", help="also print every text's differences")
    parser.add_argument(
        "--text-dates", action="store_true", help="pass no labelled dates: canlp reads each date from the text"
    )
    parser.add_argument(
        "--ids", metavar="FIRST-LAST", help="score only the texts with ids in this range (e.g. 031-060: a half kept unseen)"
    )
    args = parser.parse_args(argv)
    if args.ids is not None and not re.fullmatch(r"\w+-\w+", args.ids):
        print(f"error: --ids {args.ids}: expected FIRST-LAST, e.g. 001-030", file=sys.stderr)
        return 2
    labels = HERE / f"{args.set}.jsonl" if args.set else args.labels
    if not labels.is_file():
        print(f"error: {labels}: no such file", file=sys.stderr)
        return 2
    if not args.texts.is_dir():
        print(f"error: {args.texts}: not a folder", file=sys.stderr)
        return 2

    from canlp.api import classify

    try:
        gold_all = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        print(f"error: {labels}: not JSON Lines ({error})", file=sys.stderr)
        return 2
    if args.ids is not None:
        first, last = args.ids.split("-")
        gold_all = [g for g in gold_all if first <= g["id"] <= last]
    gold = [g for g in gold_all if (args.texts / f"{g['id']}.txt").is_file()]
    missing = [g["id"] for g in gold_all if g not in gold]
    if missing:
        print(f"warning: {len(missing)} texts not in {args.texts}, left out: {', '.join(missing[:10])}"
              f"{' ...' if len(missing) > 10 else ''}", file=sys.stderr)
    if not gold:
        print(f"error: none of the set's texts is in {args.texts}", file=sys.stderr)
        return 2
    texts = [(args.texts / f"{g['id']}.txt").read_text(encoding="utf-8") for g in gold]
    dates = [None if args.text_dates else g["date"] for g in gold]
    pred = classify(texts, dates=dates, ids=[g["id"] for g in gold]).to_dict("records")
    print(report(scores(gold, pred)))
    if args.errors:
        for g, p in zip(gold, pred):
            lines = differences(g, p)
            if lines:
                print(f"{g['id']}:  {g.get('url', '')}")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
