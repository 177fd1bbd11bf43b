"""Declaration priorities: the themes of joint declarations, ranked and compared.

A declaration is a list of paragraphs (or numbered points). Each paragraph
gets themes from the theme model (or, for the annotated digests in
``corpora/declarations``, optionally their labels). A declaration's
priorities are its themes ranked by the share of paragraphs that carry them,
ties broken by the summed model probability (ANNOTATION.md, "Declaration
priorities"); each share comes with a 95% bootstrap interval over
paragraphs. Two declarations are compared theme by theme (difference in
share, Fisher's exact test) and by keyness: the log-likelihood (G²) of each
word's frequency in one declaration against the other, as quanteda's
``textstat_keyness(measure = "lr")`` computes it.
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


def paragraph_themes(declaration, classifiers=None, use_labels=False):
    """(themes per paragraph, probability matrix paragraphs × THEMES)."""
    if classifiers is None:
        from canlp.training import load_classifiers

        classifiers = load_classifiers()
    scores = classifiers.theme_scores(declaration.paragraphs)
    probabilities = np.array([[s[t] for t in THEMES] for s in scores])
    if use_labels and declaration.labels is not None:
        themes = [sorted(labels) for labels in declaration.labels]
    else:
        themes = [[t for t, thr in zip(THEMES, classifiers.thresholds) if s[t] >= thr] for s in scores]
    return themes, probabilities


def priorities(themes, probabilities, samples=BOOTSTRAP_SAMPLES, seed=SEED):
    """Rows ``{theme, share, ci_low, ci_high, rank, probability}`` for the themes present, by rank."""
    carried = np.array([[t in ts for t in THEMES] for ts in themes], dtype=float)
    n = len(themes)
    rng = np.random.default_rng(seed)
    boot = carried[rng.integers(0, n, size=(samples, n))].mean(axis=1) if n else np.zeros((samples, len(THEMES)))
    low, high = np.percentile(boot, [2.5, 97.5], axis=0)
    shares = carried.mean(axis=0) if n else np.zeros(len(THEMES))
    summed = probabilities.sum(axis=0) if n else np.zeros(len(THEMES))
    order = sorted(range(len(THEMES)), key=lambda j: (-shares[j], -summed[j]))
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
    scored.sort(key=lambda x: -x[1])
    return {"a": [s for s in scored[:top] if s[1] > 0], "b": [s for s in scored[::-1][:top] if s[1] < 0]}


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


def compare_declarations(declarations, classifiers=None, use_labels=False):
    """The priorities of each declaration and the comparison of every pair, as plain data."""
    results, themes_of = [], {}
    for declaration in declarations:
        themes, probabilities = paragraph_themes(declaration, classifiers, use_labels)
        themes_of[declaration.name] = themes
        results.append(
            {"name": declaration.name, "paragraphs": len(declaration.paragraphs),
             "themes": priorities(themes, probabilities), "paragraph_themes": themes}
        )
    comparisons = []
    for i, a in enumerate(declarations):
        for b in declarations[i + 1:]:
            comparisons.append(compare_pair(a.name, themes_of[a.name], b.name, themes_of[b.name], a.paragraphs, b.paragraphs))
    return {"declarations": results, "comparisons": comparisons}


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
