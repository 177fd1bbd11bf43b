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

from canlp.features import KEYWORD_TOKENS, MODALITY_SIGNALS, THEME_SIGNALS, views
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
    """The modality and theme models (compiled to :class:`canlp.scorer.LinearScorer`) with the theme
    thresholds; predicts and explains without importing scikit-learn or pandas."""

    def __init__(self, modality, themes, thresholds):
        self.modality = modality
        self.themes = themes
        self.thresholds = np.asarray(thresholds)

    @classmethod
    def from_pipelines(cls, modality_model, theme_model, thresholds):
        """From fitted scikit-learn pipelines (:func:`modality_estimator`, :func:`theme_estimator`)."""
        from canlp.scorer import LinearScorer

        return cls(LinearScorer.from_pipeline(modality_model), LinearScorer.from_pipeline(theme_model, labels=THEMES), thresholds)

    def _modality_scores(self, views_list):
        classes = self.modality.labels
        columns = [classes.index(m) if m in classes else None for m in MODALITIES]
        # tolist() makes the Python floats of all rows at once (the same values as float() of each)
        return [{m: row[i] if i is not None else 0.0 for m, i in zip(MODALITIES, columns)}
                for row in self.modality.scores(views_list).tolist()]

    def _theme_scores(self, views_list):
        return [dict(zip(THEMES, row)) for row in self.themes.scores(views_list).tolist()]

    def modality_scores(self, texts):
        return self._modality_scores([views(t) for t in texts])

    def theme_scores(self, texts):
        return self._theme_scores([views(t) for t in texts])

    def predict(self, texts, views_list=None):
        """One dict per text: modality, themes, and the scores behind them (``views_list``: their :func:`views`, if made)."""
        views_list = [views(t) for t in texts] if views_list is None else views_list
        out = []
        for m_scores, t_scores in zip(self._modality_scores(views_list), self._theme_scores(views_list)):
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

    def _top_terms(self, scorer, text_views, label, top):
        """Features with the largest positive contribution, one entry per term: what a researcher
        can quote to justify a coding (stems end with "…", cue and lexicon counts are in brackets)."""
        best = {}
        for block, term, contribution in scorer.contributions(text_views, label):
            if contribution <= 0 or len(best) >= top:
                break
            readable = self._readable(block, term)
            if readable is not None:
                best.setdefault(readable, round(contribution, 4))
        return list(best.items())

    def explain(self, text, top=8):
        """The terms that weighed most for the predicted modality and for each predicted theme."""
        text_views = views(text)
        prediction = self.predict([text], [text_views])[0]
        modality_terms = self._top_terms(self.modality, text_views, prediction["modality"], top)
        themes = {t: self._top_terms(self.themes, text_views, t, top) for t in THEMES if t in prediction["themes"]}
        return {"modality": {prediction["modality"]: modality_terms}, "themes": themes}
