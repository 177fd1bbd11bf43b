"""Modality and theme classifiers: plain scikit-learn pipelines trained on the corpus.

Both read the views of :mod:`canlp.features`, chosen to carry over from the
team's corpus to real readouts (masked names, stems, lexicon hits; no
character n-grams, which cost more than the spaCy pipeline itself):

- **Modality** (one of six): TF-IDF word 1-2-grams and stem 1-2-grams of the
  masked headline and lead, stems of the whole text's lower-case words
  (weight 0.5), and the cue tokens (modality cues in headline, lead and event
  sentence; how many states the lead names), into a multinomial logistic
  regression. The lead view weighs the headline event above events the text
  merely recalls.
- **Themes** (multi-label, eleven): TF-IDF words and stems of the text (word
  pairs added nothing in cross-validation and cost a third of the time), the
  theme keywords found in it and their counts per theme, into one logistic
  regression per theme, with a decision threshold per theme tuned on the dev
  split (never on test).

Both are stock estimators, so skops saves and loads them with no custom code.
"""

import numpy as np

from canlp.features import KEYWORD_TOKENS, MODALITY_SIGNALS, THEME_SIGNALS, frame
from canlp.labels import MODALITIES, THEMES

SEED = 13


def _tokens(vocabulary):
    """A vectoriser of space-separated tokens with a fixed vocabulary (cue and lexicon tokens)."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(vocabulary=list(vocabulary), token_pattern=r"\S+", lowercase=False, binary=True)


def _words(ngrams, max_features, tokens=False):
    from sklearn.feature_extraction.text import TfidfVectorizer

    extra = {"token_pattern": r"\S+"} if tokens else {}
    return TfidfVectorizer(ngram_range=ngrams, sublinear_tf=True, min_df=2, max_features=max_features, **extra)


def modality_estimator():
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    features = ColumnTransformer(
        [
            ("lead_words", _words((1, 2), 15000), "masked_lead"),
            ("lead_stems", _words((1, 2), 15000, tokens=True), "lead_stems"),
            ("text_stems", _words((1, 1), 15000, tokens=True), "text_stems"),
            ("cues", _tokens(MODALITY_SIGNALS), "cues"),
        ],
        transformer_weights={"lead_words": 1.0, "lead_stems": 1.0, "text_stems": 0.5, "cues": 0.25},
    )
    model = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced", random_state=SEED)
    return Pipeline([("features", features), ("model", model)])


def theme_estimator():
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    features = ColumnTransformer(
        [
            ("words", _words((1, 1), 20000), "text"),
            ("stems", _words((1, 1), 20000, tokens=True), "text_stems"),
            ("lexicon", _tokens(THEME_SIGNALS), "theme_lexicon"),
            ("keywords", _tokens(KEYWORD_TOKENS), "keywords"),
        ],
        transformer_weights={"words": 1.0, "stems": 1.0, "lexicon": 0.3, "keywords": 0.5},
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

    def _modality_scores(self, X):
        proba = self.modality_model.predict_proba(X)
        classes = list(self.modality_model.classes_)
        return [{m: float(row[classes.index(m)]) if m in classes else 0.0 for m in MODALITIES} for row in proba]

    def _theme_scores(self, X):
        return [{t: float(p) for t, p in zip(THEMES, row)} for row in self.theme_model.predict_proba(X)]

    def modality_scores(self, texts):
        return self._modality_scores(frame(texts))

    def theme_scores(self, texts):
        return self._theme_scores(frame(texts))

    def predict(self, texts, X=None):
        """One dict per text: modality, themes, and the scores behind them (``X``: their :func:`frame`, if made)."""
        X = frame(list(texts)) if X is None else X
        out = []
        for m_scores, t_scores in zip(self._modality_scores(X), self._theme_scores(X)):
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
    def _readable(block, term):
        """A feature as a researcher can quote it, or None for a placeholder-only n-gram ("namex statex")."""
        term = term.strip()
        if block == "cues":
            part, _, label = term.partition("_")
            if part == "lead" and label.startswith("states_"):
                return f"[lead names {label[7:]}{'+' if label.endswith('3') else ''} states]"
            if term == "no_headline":
                return "[no headline]"
            return f"[{ {'head': 'headline', 'lead': 'lead', 'event': 'event sentence'}[part]}: {label} cue]"
        if block == "lexicon":
            theme, _, count = term[4:].rpartition("_") if term[-2:] in ("_2", "_4") else (term[4:], "", "1")
            return f"[{count}+ {theme} keywords]"
        if block == "keywords":
            return term[3:].replace("_", " ")
        if all(w in ("namex", "statex", "0") for w in term.split()):
            return None
        return term + "…" if block.endswith("stems") else term

    def _top_terms(self, vector, weights, names, top):
        """Features with the largest positive contribution, one entry per term: what a researcher
        can quote to justify a coding (stems end with "…", cue and lexicon counts are in brackets)."""
        contributions = vector.multiply(weights).toarray()[0]
        best = {}
        for i in np.argsort(contributions)[::-1]:
            if contributions[i] <= 0 or len(best) >= top:
                break
            term = self._readable(*names[i].split("__", 1))
            if term is not None:
                best.setdefault(term, round(float(contributions[i]), 4))
        return list(best.items())

    def explain(self, text, top=8):
        """The terms that weighed most for the predicted modality and for each predicted theme."""
        X = frame([text])
        prediction = self.predict([text], X)[0]
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
