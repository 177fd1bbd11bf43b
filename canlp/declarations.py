"""Declaration priorities: the themes of joint declarations, ranked and compared.

A declaration is a list of paragraphs (or numbered points). Each paragraph
gets themes from the paragraph model (below), from the communiqué theme
model as it is, or, for the annotated digests in ``corpora/declarations``,
from their labels. A declaration's
priorities are its themes ranked by the share of paragraphs that carry them,
ties broken by the summed model probability (ANNOTATION.md, "Declaration
priorities"); each share comes with a 95% bootstrap interval over
paragraphs. Two declarations are compared theme by theme (difference in
share, Fisher's exact test) and by keyness: the log-likelihood (G²) of each
word's frequency in one declaration against the other, as quanteda's
``textstat_keyness(measure = "lr")`` computes it.

The communiqué theme model, trained on whole readouts where nearly every
text carries ``political_dialogue``, gives that theme to most declaration
paragraphs ("the parties will cooperate on ..."). The paragraph model keeps
its probabilities for the ten other themes, with decision thresholds tuned
on the annotated paragraphs of the bundled digests, and decides
``political_dialogue`` with a small logistic regression over the communiqué
model's eleven scores and the lexicon hits of ``data/keywords.json``, fitted
on the same paragraphs. The Xi'an and New York digests (:data:`HELD_OUT`)
are never used to fit or tune it: they are its evaluation
(:func:`evaluate_declarations`).

``political_dialogue`` and ``ceremonial`` frame a declaration (preamble,
principles, mechanisms, thanks) more than they set its policy agenda;
``policy_only=True`` ranks the nine policy fields alone and reports the two
framing themes beside the ranking. The ranking rule is unchanged.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from canlp.labels import THEMES

BOOTSTRAP_SAMPLES = 2000
SEED = 13
FRAMING_THEMES = ("political_dialogue", "ceremonial")
POLICY_THEMES = tuple(t for t in THEMES if t not in FRAMING_THEMES)
HELD_OUT = ("xian-2023", "c5plus1-new-york-2023")
"""The bundled digests that evaluate the paragraph model: never used to fit or tune it."""
NUMBERED_POINT = re.compile(r"^\s*(?:\d{1,3}|[ivxlc]{1,6})[.)]\s+", re.I | re.M)
STOPWORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the their they this to was were will "
    "with which also all other such these those who whose within into upon between both each own more most".split()
)


@dataclass
class Declaration:
    name: str
    paragraphs: list
    labels: "list | None" = None
    title: str = ""
    meta: dict = field(default_factory=dict)


def split_paragraphs(text):
    """Numbered points if the text has at least three, else blank-line paragraphs.

    Example:
        >>> split_paragraphs("Preamble.\\n1. First point.\\n2. Second\\npoint.\\n3. Third.")
        ['Preamble.', 'First point.', 'Second point.', 'Third.']
    """
    starts = [m.start() for m in NUMBERED_POINT.finditer(text)]
    if len(starts) >= 3:
        pieces = [text[:starts[0]]] + [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]
        pieces = [NUMBERED_POINT.sub("", p, count=1) for p in pieces]
    else:
        pieces = re.split(r"\n\s*\n", text)
    return [" ".join(p.split()) for p in pieces if p.strip()]


def load_declaration(path):
    """A :class:`Declaration` from a JSON digest (ours, or ``{"paragraphs": [...]}``), or a text file."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = data.get("paragraphs", [])
        texts = [p["text"] if isinstance(p, dict) else str(p) for p in paragraphs]
        labels = [p["themes"] for p in paragraphs] if paragraphs and all(isinstance(p, dict) and "themes" in p for p in paragraphs) else None
        meta = {k: v for k, v in data.items() if k != "paragraphs"}
        return Declaration(path.stem, texts, labels, data.get("title", ""), meta)
    from canlp.reading import decode

    return Declaration(path.stem, split_paragraphs(decode(path.read_bytes(), str(path))))


def bundled_declarations():
    """The annotated digests shipped with canlp, by name (file stem)."""
    from canlp.corpus import declaration_files

    return {p.stem: p for p in declaration_files()}


def _load_classifiers(classifiers):
    if classifiers is None:
        from canlp.training import load_classifiers

        classifiers = load_classifiers()
    return classifiers


def _score_matrix(classifiers, paragraphs):
    if not paragraphs:
        return np.zeros((0, len(THEMES)))
    return np.array([[s[t] for t in THEMES] for s in classifiers.theme_scores(paragraphs)]).reshape(-1, len(THEMES))


def _label_matrix(declarations):
    return np.array([[int(t in labels) for t in THEMES] for d in declarations for labels in d.labels]).reshape(-1, len(THEMES))


class ParagraphThemes:
    """Themes of declaration paragraphs: the communiqué model's scores, re-decided for paragraphs.

    Ten themes keep the communiqué model's probability with a threshold tuned
    on annotated declaration paragraphs; ``political_dialogue`` is decided by
    a logistic regression (``framing_model``) over the communiqué model's
    eleven log-odds, the log-count of each theme's lexicon hits and the
    largest policy-theme probability, so that a paragraph about one field
    ("the parties will cooperate on energy") is not also political dialogue
    unless its wording says so. Build it with :func:`fit_paragraph_themes`.
    """

    def __init__(self, classifiers, thresholds, framing_model, trained_on):
        self.classifiers = classifiers
        self.thresholds = np.asarray(thresholds, dtype=float)
        self.framing_model = framing_model
        self.trained_on = list(trained_on)

    @staticmethod
    def features(scores, paragraphs):
        from canlp.baseline import KeywordBaseline

        cues = KeywordBaseline().theme_cues
        clipped = np.clip(scores, 1e-4, 1 - 1e-4)
        hits = np.array([[len(cues[t].findall(p)) for t in THEMES] for p in paragraphs]).reshape(-1, len(THEMES))
        policy = scores[:, [THEMES.index(t) for t in POLICY_THEMES]].max(axis=1, keepdims=True)
        return np.hstack([np.log(clipped / (1 - clipped)), np.log1p(hits), policy])

    def probabilities(self, paragraphs):
        """Paragraphs × THEMES: the communiqué model's probabilities, ``political_dialogue`` from the framing model."""
        scores = _score_matrix(self.classifiers, paragraphs)
        if len(scores):
            j = THEMES.index("political_dialogue")
            scores[:, j] = self.framing_model.predict_proba(self.features(scores, paragraphs))[:, 1]
        return scores

    def decide(self, probabilities):
        return [[t for t, p, thr in zip(THEMES, row, self.thresholds) if p >= thr] for row in probabilities]


def fit_paragraph_themes(declarations, classifiers=None):
    """A :class:`ParagraphThemes` fitted on the labelled paragraphs of ``declarations``."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from canlp.classifiers import tune_thresholds

    classifiers = _load_classifiers(classifiers)
    declarations = [d for d in declarations if d.labels]
    paragraphs = [p for d in declarations for p in d.paragraphs]
    y = _label_matrix(declarations)
    j = THEMES.index("political_dialogue")
    if not paragraphs or y[:, j].min() == y[:, j].max():
        raise ValueError("the paragraph model needs labelled paragraphs with and without political_dialogue")
    scores = _score_matrix(classifiers, paragraphs)
    thresholds = tune_thresholds(y, scores)
    thresholds[j] = 0.5
    framing = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000, random_state=SEED))
    framing.fit(ParagraphThemes.features(scores, paragraphs), y[:, j])
    return ParagraphThemes(classifiers, thresholds, framing, [d.name for d in declarations])


def paragraph_model(classifiers=None, exclude=()):
    """The paragraph model fitted on the bundled digests, leaving out :data:`HELD_OUT` and ``exclude`` (names)."""
    left_out = set(HELD_OUT) | set(exclude)
    training = [load_declaration(path) for name, path in bundled_declarations().items() if name not in left_out]
    return fit_paragraph_themes(training, classifiers)


def paragraph_themes(declaration, classifiers=None, use_labels=False, model=None):
    """(themes per paragraph, probability matrix paragraphs × THEMES).

    ``model``: a :class:`ParagraphThemes` (default: :func:`paragraph_model`
    fitted without this declaration), or ``"communique"`` for the communiqué
    theme model with its own thresholds. With ``use_labels`` a digest's
    labels give the themes (the model still gives the probabilities that
    break ties).
    """
    classifiers = _load_classifiers(classifiers)
    if isinstance(model, str) and model == "communique":
        probabilities = _score_matrix(classifiers, declaration.paragraphs)
        themes = [[t for t, p, thr in zip(THEMES, row, classifiers.thresholds) if p >= thr] for row in probabilities]
    else:
        model = model if model is not None else paragraph_model(classifiers, exclude=[declaration.name])
        probabilities = model.probabilities(declaration.paragraphs)
        themes = model.decide(probabilities)
    if use_labels and declaration.labels is not None:
        themes = [sorted(labels) for labels in declaration.labels]
    return themes, probabilities


def priorities(themes, probabilities, samples=BOOTSTRAP_SAMPLES, seed=SEED, among=THEMES):
    """Rows ``{theme, share, ci_low, ci_high, rank, probability}`` for the themes present, by rank.

    ``among`` limits the ranking to those themes (e.g. :data:`POLICY_THEMES`);
    the rule is the same: share of paragraphs, ties by summed probability.
    """
    probabilities = np.asarray(probabilities, dtype=float).reshape(-1, len(THEMES))
    carried = np.array([[t in ts for t in THEMES] for ts in themes], dtype=float).reshape(-1, len(THEMES))
    n = len(themes)
    rng = np.random.default_rng(seed)
    boot = carried[rng.integers(0, n, size=(samples, n))].mean(axis=1) if n else np.zeros((samples, len(THEMES)))
    low, high = np.percentile(boot, [2.5, 97.5], axis=0)
    shares = carried.mean(axis=0) if n else np.zeros(len(THEMES))
    summed = probabilities.sum(axis=0) if n else np.zeros(len(THEMES))
    order = sorted((THEMES.index(t) for t in among), key=lambda j: (-shares[j], -summed[j]))
    rows = []
    for rank, j in enumerate((j for j in order if shares[j] > 0), 1):
        rows.append(
            {"theme": THEMES[j], "share": round(float(shares[j]), 4), "ci_low": round(float(low[j]), 4),
             "ci_high": round(float(high[j]), 4), "rank": rank, "probability": round(float(summed[j]), 4)}
        )
    return rows


def _words(paragraphs):
    return Counter(w for p in paragraphs for w in re.findall(r"[a-z][a-z\-]+", p.lower()) if w not in STOPWORDS and len(w) > 2)


def keyness(a_paragraphs, b_paragraphs, top=15):
    """Words most typical of A against B and of B against A, by signed log-likelihood G² (Dunning)."""
    a, b = _words(a_paragraphs), _words(b_paragraphs)
    total_a, total_b = sum(a.values()), sum(b.values())
    scored = []
    for word in set(a) | set(b):
        fa, fb = a[word], b[word]
        ea = total_a * (fa + fb) / (total_a + total_b)
        eb = total_b * (fa + fb) / (total_a + total_b)
        g2 = 2 * sum(f * np.log(f / e) for f, e in ((fa, ea), (fb, eb)) if f > 0)
        scored.append((word, round(float(g2 if fa / total_a >= fb / total_b else -g2), 3)))
    # ties in G² broken by the word, so the lists do not change from run to run with set order
    a_key = sorted((s for s in scored if s[1] > 0), key=lambda x: (-x[1], x[0]))
    b_key = sorted((s for s in scored if s[1] < 0), key=lambda x: (x[1], x[0]))
    return {"a": a_key[:top], "b": b_key[:top]}


def compare_pair(a_name, a_themes, b_name, b_themes, a_paragraphs, b_paragraphs):
    """Per-theme difference in share with Fisher's exact test, and keyness of words."""
    from scipy.stats import fisher_exact

    rows = []
    for theme in THEMES:
        ka, kb = sum(theme in t for t in a_themes), sum(theme in t for t in b_themes)
        na, nb = len(a_themes), len(b_themes)
        if ka == 0 and kb == 0:
            continue
        p_value = fisher_exact([[ka, na - ka], [kb, nb - kb]])[1]
        rows.append(
            {"theme": theme, "share_a": round(ka / na, 4), "share_b": round(kb / nb, 4),
             "difference": round(ka / na - kb / nb, 4), "p_value": round(float(p_value), 4)}
        )
    return {"a": a_name, "b": b_name, "themes": rows, "keyness": keyness(a_paragraphs, b_paragraphs)}


def compare_declarations(declarations, classifiers=None, use_labels=False, policy_only=False, model=None):
    """The priorities of each declaration and the comparison of every pair, as plain data.

    ``model``: ``None`` for the paragraph model (fitted without the
    declaration it reads), ``"communique"`` for the communiqué theme model,
    or a :class:`ParagraphThemes`. With ``policy_only`` each declaration's
    ``themes`` ranks the policy fields (:data:`POLICY_THEMES`) and a
    ``framing`` list gives the shares of ``political_dialogue`` and
    ``ceremonial`` beside it, unranked.
    """
    classifiers = _load_classifiers(classifiers)
    fitted = {}
    results, themes_of = [], {}
    for declaration in declarations:
        chosen = model
        if chosen is None:
            key = frozenset({declaration.name} | set(HELD_OUT))
            if key not in fitted:
                fitted[key] = paragraph_model(classifiers, exclude=[declaration.name])
            chosen = fitted[key]
        themes, probabilities = paragraph_themes(declaration, classifiers, use_labels, chosen)
        themes_of[declaration.name] = themes
        entry = {"name": declaration.name, "paragraphs": len(declaration.paragraphs),
                 "themes": priorities(themes, probabilities, among=POLICY_THEMES if policy_only else THEMES),
                 "paragraph_themes": themes}
        if policy_only:
            entry["framing"] = [{k: v for k, v in row.items() if k != "rank"}
                                for row in priorities(themes, probabilities, among=FRAMING_THEMES)]
        results.append(entry)
    comparisons = []
    for i, a in enumerate(declarations):
        for b in declarations[i + 1:]:
            comparisons.append(compare_pair(a.name, themes_of[a.name], b.name, themes_of[b.name], a.paragraphs, b.paragraphs))
    return {"declarations": results, "comparisons": comparisons}


def _published_slots(declaration):
    """The digest's published reading as slots of acceptable themes (``published_priorities``), or None."""
    reading = declaration.meta.get("published_priorities")
    return [slot if isinstance(slot, list) else [slot] for slot in reading] if reading else None


def agreement(ranking, slots, top=5):
    """How many published priorities (slots of acceptable themes) the first ``top`` ranked themes match."""
    head = [row["theme"] for row in ranking[:top]]
    return sum(any(t in head for t in slot) for slot in slots)


def evaluate_declarations(classifiers=None, names=HELD_OUT):
    """Paragraph-level scores on the held-out digests and their top five against the published reading.

    Scores (micro/macro F1 against the digests' paragraph labels) for the
    paragraph model, the communiqué theme model and the keyword baseline;
    for each declaration the top five by labels, by the paragraph model and
    by the communiqué model, over all themes and over the policy fields,
    with the number of published priorities each matches.
    """
    from canlp.baseline import KeywordBaseline
    from canlp.training import theme_report

    classifiers = _load_classifiers(classifiers)
    bundled = bundled_declarations()
    declarations = [load_declaration(bundled[name]) for name in names]
    model = paragraph_model(classifiers, exclude=names)
    baseline = KeywordBaseline()
    gold = _label_matrix(declarations)
    predicted = {"paragraph_model": [], "communique_model": [], "keyword_baseline": []}
    top_five = {}
    for declaration in declarations:
        slots = _published_slots(declaration)
        views = {
            "labels": paragraph_themes(declaration, classifiers, True, model),
            "paragraph_model": paragraph_themes(declaration, classifiers, False, model),
            "communique_model": paragraph_themes(declaration, classifiers, False, "communique"),
        }
        predicted["paragraph_model"] += views["paragraph_model"][0]
        predicted["communique_model"] += views["communique_model"][0]
        predicted["keyword_baseline"] += [baseline.themes(p) for p in declaration.paragraphs]
        entry = {"published": slots, "paragraphs": len(declaration.paragraphs)}
        for view, (themes, probabilities) in views.items():
            for scope, among in (("all", THEMES), ("policy", POLICY_THEMES)):
                ranking = priorities(themes, probabilities, among=among)
                entry[f"{view}_{scope}"] = {
                    "top_five": [row["theme"] for row in ranking[:5]],
                    "agreement": agreement(ranking, slots) if slots else None,
                }
        top_five[declaration.name] = entry
    scores = {}
    for view, themes in predicted.items():
        report = theme_report(gold, np.array([[int(t in ts) for t in THEMES] for ts in themes]).reshape(-1, len(THEMES)))
        scores[view] = report
    return {"declarations": list(names), "paragraphs": int(len(gold)), "trained_on": model.trained_on,
            "scores": scores, "priorities": top_five}


def plot_priorities(result, path):
    """A grouped bar chart of each declaration's theme shares with their 95% intervals, saved to ``path``
    (PNG or SVG by the suffix); the file is written atomically."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    declarations = result["declarations"]
    themes = [t for t in THEMES if any(any(r["theme"] == t for r in d["themes"]) for d in declarations)]
    width = 0.8 / max(1, len(declarations))
    fig, ax = plt.subplots(figsize=(max(8, 0.9 * len(themes) + 2), 4.5))
    for k, declaration in enumerate(declarations):
        rows = {r["theme"]: r for r in declaration["themes"]}
        shares = [rows[t]["share"] if t in rows else 0.0 for t in themes]
        low = [s - rows[t]["ci_low"] if t in rows else 0.0 for s, t in zip(shares, themes)]
        high = [rows[t]["ci_high"] - s if t in rows else 0.0 for s, t in zip(shares, themes)]
        x = [i + (k - (len(declarations) - 1) / 2) * width for i in range(len(themes))]
        ax.bar(x, shares, width, yerr=[low, high], capsize=2, label=f"{declaration['name']} ({declaration['paragraphs']} paragraphs)")
    ax.set_xticks(range(len(themes)))
    ax.set_xticklabels([t.replace("_", " ") for t in themes], rotation=30, ha="right")
    ax.set_ylabel("share of paragraphs (95% bootstrap interval)")
    ax.set_ylim(0, 1)
    ax.legend(frameon=False)
    fig.tight_layout()
    from canlp.files import atomic_path

    path = Path(path)
    try:
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format=path.suffix.lstrip(".").lower() or "png", dpi=150)
    finally:
        plt.close(fig)
    return path
