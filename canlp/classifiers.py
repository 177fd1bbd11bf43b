"""Modality and theme classifiers: plain scikit-learn pipelines trained on the corpus.

- **Modality** (one of six): TF-IDF word 1-2-grams of the lead and of the
  whole text, plus character 2-5-grams of the lead, into a multinomial
  logistic regression. The lead view weighs the headline event above events
  the text merely recalls.
- **Themes** (multi-label, eleven): TF-IDF word 1-2-grams and character
  3-5-grams of the whole text into one logistic regression per theme, with a
  decision threshold per theme tuned on the dev split (never on test).

Both are stock estimators, so skops saves and loads them with no custom code.
"""

import numpy as np

from canlp.features import frame
from canlp.labels import MODALITIES, THEMES

SEED = 13


def modality_estimator():
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    features = ColumnTransformer(
        [
            ("lead_words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=15000), "lead"),
            ("lead_chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=3, max_features=20000), "lead"),
            ("text_words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=15000), "text"),
        ],
        transformer_weights={"lead_words": 1.0, "lead_chars": 1.0, "text_words": 0.5},
    )
    model = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced", random_state=SEED)
    return Pipeline([("features", features), ("model", model)])


def lexicon_vocabulary(texts):
    """The theme lexicon of ``data/keywords.json`` as a fixed vocabulary of words and phrases.

    Prefix entries ("vaccin*") are expanded to the words of ``texts`` that
    start with them, so the vocabulary is plain strings a stock
    CountVectorizer can hold.
    """
    import re

    from canlp.paths import data_json

    data = data_json("keywords.json")
    words = sorted({w for t in texts for w in re.findall(r"[a-z][a-z\-]+", t.lower())})
    vocabulary = set()
    for entries in data["themes"].values():
        for entry in entries:
            entry = entry.strip().lower()
            if entry.endswith("*"):
                vocabulary.update(w for w in words if w.startswith(entry[:-1]))
            elif len(entry.split()) <= 3:
                vocabulary.add(entry)
    return sorted(vocabulary)


def theme_estimator(texts=()):
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    features = ColumnTransformer(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=20000), "text"),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=3, max_features=20000), "text"),
            ("lexicon", CountVectorizer(vocabulary=lexicon_vocabulary(texts), ngram_range=(1, 3), binary=True), "text"),
        ],
        transformer_weights={"words": 1.0, "chars": 1.0, "lexicon": 0.5},
    )
    model = OneVsRestClassifier(
        LogisticRegression(C=32.0, solver="liblinear", max_iter=3000, class_weight="balanced", random_state=SEED)
    )
    return Pipeline([("features", features), ("model", model)])


def theme_matrix(records):
    return np.array([[int(t in r["themes"]) for t in THEMES] for r in records])


def tune_thresholds(y_true, scores, grid=None):
    """Per-theme threshold that maximises F1 on the given (dev) data; ties go to the threshold nearest 0.5."""
    from sklearn.metrics import f1_score

    grid = grid if grid is not None else np.round(np.arange(0.1, 0.91, 0.05), 2)
    thresholds = []
    for j in range(y_true.shape[1]):
        best = max(grid, key=lambda t: (f1_score(y_true[:, j], scores[:, j] >= t, zero_division=0), -abs(t - 0.5)))
        thresholds.append(float(best))
    return thresholds


class Classifiers:
    """The trained modality and theme models with their thresholds; predicts and explains."""

    def __init__(self, modality_model, theme_model, thresholds):
        self.modality_model = modality_model
        self.theme_model = theme_model
        self.thresholds = np.asarray(thresholds)

    def modality_scores(self, texts):
        X = frame(texts)
        proba = self.modality_model.predict_proba(X)
        classes = list(self.modality_model.classes_)
        return [{m: float(row[classes.index(m)]) if m in classes else 0.0 for m in MODALITIES} for row in proba]

    def theme_scores(self, texts):
        proba = self.theme_model.predict_proba(frame(texts))
        return [{t: float(p) for t, p in zip(THEMES, row)} for row in proba]

    def predict(self, texts):
        """One dict per text: modality, themes, and the scores behind them."""
        texts = list(texts)
        out = []
        for m_scores, t_scores in zip(self.modality_scores(texts), self.theme_scores(texts)):
            themes = [t for t, thr in zip(THEMES, self.thresholds) if t_scores[t] >= thr]
            out.append(
                {
                    "modality": max(m_scores, key=m_scores.get),
                    "themes": themes,
                    "modality_scores": {k: round(v, 4) for k, v in m_scores.items()},
                    "theme_scores": {k: round(v, 4) for k, v in t_scores.items()},
                }
            )
        return out

    @staticmethod
    def _top_terms(vector, weights, names, top):
        """Word and phrase features (not character n-grams) with the largest positive contribution,
        one entry per term: what a researcher can quote to justify a coding."""
        contributions = vector.multiply(weights).toarray()[0]
        best = {}
        for i in np.argsort(contributions)[::-1]:
            if contributions[i] <= 0 or len(best) >= top:
                break
            block, term = names[i].split("__", 1)
            if "chars" in block:
                continue
            best.setdefault(term.strip(), round(float(contributions[i]), 4))
        return list(best.items())

    def explain(self, text, top=8):
        """The terms that weighed most for the predicted modality and for each predicted theme."""
        prediction = self.predict([text])[0]
        X = frame([text])
        feats = self.modality_model.named_steps["features"]
        clf = self.modality_model.named_steps["model"]
        k = list(clf.classes_).index(prediction["modality"])
        modality_terms = self._top_terms(feats.transform(X), clf.coef_[k], feats.get_feature_names_out(), top)
        tfeats = self.theme_model.named_steps["features"]
        tvec, tnames = tfeats.transform(X), tfeats.get_feature_names_out()
        themes = {}
        for j, theme in enumerate(THEMES):
            if theme in prediction["themes"]:
                est = self.theme_model.named_steps["model"].estimators_[j]
                themes[theme] = self._top_terms(tvec, est.coef_[0], tnames, top)
        return {"modality": {prediction["modality"]: modality_terms}, "themes": themes}
