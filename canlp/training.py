"""``canlp train``: rebuild ``models/`` from ``corpora/`` deterministically, and score the models.

Theme thresholds are tuned on out-of-fold scores of train+dev (5 folds) and
shrunk halfway toward 0.5: thresholds tuned on the dev split alone did not
carry over to real readouts (a plain 0.5 did better on them), and in nested
cross-validation the shrunk out-of-fold thresholds scored 0.940 theme micro-F1
against 0.938 for dev-tuned ones. The saved models are then refitted on
train+dev. The test split is only scored.
Metrics on test sit beside the keyword baseline's, plus 5-fold
cross-validated scores on train+dev, in ``models/metrics.json``.
"""

import json

import numpy as np

from canlp.classifiers import SEED, Classifiers, modality_estimator, theme_estimator, theme_matrix, tune_thresholds
from canlp.features import frame
from canlp.labels import MODALITIES, THEMES


def slim(estimator):
    """Drop the vectorisers' ``stop_words_`` (terms pruned by min_df/max_features): only needed
    for introspection, it is most of a saved model's size (scikit-learn's docs say so). Also drop
    ``_stop_words_id``, the memory address of the stop list at fit time, a cache that would make
    two trainings of the same corpus differ by a few bytes (scikit-learn re-checks without it)."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    for _, transformer, _ in estimator.named_steps["features"].transformers_:
        if isinstance(transformer, TfidfVectorizer) and hasattr(transformer, "stop_words_"):
            delattr(transformer, "stop_words_")
        if isinstance(transformer, CountVectorizer) and hasattr(transformer, "_stop_words_id"):
            delattr(transformer, "_stop_words_id")
    return estimator


def _split(records, *names):
    return [r for r in records if r.get("split") in names]


def modality_report(gold, predicted):
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

    p, r, f, s = precision_recall_fscore_support(gold, predicted, labels=list(MODALITIES), zero_division=0)
    return {
        "macro_f1": round(float(f1_score(gold, predicted, labels=list(MODALITIES), average="macro", zero_division=0)), 4),
        "accuracy": round(float(np.mean(np.array(gold) == np.array(predicted))), 4),
        "per_label": {m: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4), "f1": round(float(f[i]), 4), "support": int(s[i])} for i, m in enumerate(MODALITIES)},
        "confusion": {"labels": list(MODALITIES), "matrix": confusion_matrix(gold, predicted, labels=list(MODALITIES)).tolist()},
    }


def theme_report(y_true, y_pred):
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, zero_division=0)
    return {
        "micro_f1": round(float(f1_score(y_true, y_pred, average="micro", zero_division=0)), 4),
        "macro_f1": round(float(f1_score(y_true, y_pred, average="macro", zero_division=0)), 4),
        "per_label": {t: {"precision": round(float(p[j]), 4), "recall": round(float(r[j]), 4), "f1": round(float(f[j]), 4), "support": int(s[j])} for j, t in enumerate(THEMES)},
    }


#: How far tuned theme thresholds are pulled back toward 0.5 (0 keeps them, 1 gives 0.5 for every theme).
THRESHOLD_SHRINK = 0.5


def out_of_fold_theme_scores(X, y, folds=5):
    """Theme probabilities of every row from a model fitted on the other folds (fixed seed)."""
    from sklearn.model_selection import KFold

    scores = np.zeros(y.shape)
    for train_idx, test_idx in KFold(folds, shuffle=True, random_state=SEED).split(X):
        scores[test_idx] = theme_estimator().fit(X.iloc[train_idx], y[train_idx]).predict_proba(X.iloc[test_idx])
    return scores


def fitted_thresholds(X, y):
    """Per-theme thresholds tuned on out-of-fold scores, shrunk toward 0.5 by :data:`THRESHOLD_SHRINK`."""
    tuned = tune_thresholds(y, out_of_fold_theme_scores(X, y))
    return [round(float(t + THRESHOLD_SHRINK * (0.5 - t)), 3) for t in tuned]


def cross_validate(records, folds=5):
    """5-fold cross-validated modality macro-F1 and theme micro/macro-F1 on the given records."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    texts = [r["text"] for r in records]
    modalities = np.array([r["modality"] for r in records])
    y = theme_matrix(records)
    X = frame(texts)
    m_scores, t_micro, t_macro = [], [], []
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(X, modalities):
        m = modality_estimator().fit(X.iloc[train_idx], modalities[train_idx])
        m_scores.append(f1_score(modalities[test_idx], m.predict(X.iloc[test_idx]), average="macro"))
        t = theme_estimator().fit(X.iloc[train_idx], y[train_idx])
        pred = t.predict_proba(X.iloc[test_idx]) >= 0.5
        t_micro.append(f1_score(y[test_idx], pred, average="micro", zero_division=0))
        t_macro.append(f1_score(y[test_idx], pred, average="macro", zero_division=0))
    summary = lambda v: {"mean": round(float(np.mean(v)), 4), "std": round(float(np.std(v)), 4)}
    return {"modality_macro_f1": summary(m_scores), "themes_micro_f1": summary(t_micro), "themes_macro_f1": summary(t_macro), "folds": folds}


def evaluate_classifiers(classifiers, records):
    """Models and keyword baseline side by side on ``records`` (the test split)."""
    from canlp.baseline import KeywordBaseline

    texts = [r["text"] for r in records]
    predictions = classifiers.predict(texts)
    gold_m = [r["modality"] for r in records]
    y_true = theme_matrix(records)
    y_pred = np.array([[int(t in p["themes"]) for t in THEMES] for p in predictions])
    baseline = KeywordBaseline()
    b_m = [baseline.modality(t) for t in texts]
    b_t = np.array([[int(t in baseline.themes(x)) for t in THEMES] for x in texts])
    errors = [
        {"id": r["id"], "gold": r["modality"], "predicted": p["modality"]}
        for r, p in zip(records, predictions)
        if r["modality"] != p["modality"]
    ]
    return {
        "documents": len(records),
        "modality": modality_report(gold_m, [p["modality"] for p in predictions]),
        "themes": theme_report(y_true, y_pred),
        "baseline": {"modality": modality_report(gold_m, b_m), "themes": theme_report(y_true, b_t)},
        "modality_errors": errors,
    }


def train(records, models_folder, corpus_hash, cross_validation=True):
    """Fit, tune, refit, score and save both models; returns the metrics dict written to metrics.json."""
    from canlp.files import write_text_atomic
    from canlp.modelstore import lexicon_hash, library_versions, save_model, save_scorer

    train_r, dev_r, test_r = _split(records, "train"), _split(records, "dev"), _split(records, "test")
    fit_r = train_r + dev_r
    X = frame([r["text"] for r in fit_r])
    thresholds = fitted_thresholds(X, theme_matrix(fit_r))
    modality_model = slim(modality_estimator().fit(X, [r["modality"] for r in fit_r]))
    theme_model = slim(theme_estimator().fit(X, theme_matrix(fit_r)))
    classifiers = Classifiers.from_pipelines(modality_model, theme_model, thresholds)
    test_scores = evaluate_classifiers(classifiers, test_r)
    metrics = {
        "corpus_hash": corpus_hash,
        "versions": library_versions(),
        "splits": {"train": len(train_r), "dev": len(dev_r), "test": len(test_r)},
        "test": {k: v for k, v in test_scores.items() if k != "modality_errors"},
        "thresholds": dict(zip(THEMES, thresholds)),
    }
    if cross_validation:
        metrics["cross_validation_train_dev"] = cross_validate(fit_r)
    import datetime

    common = {
        "corpus_hash": corpus_hash,
        "lexicon_hash": lexicon_hash(),
        "versions": library_versions(),
        "seed": SEED,
        "trained_on": "train+dev",
        "training_date": datetime.date.today().isoformat(),
    }
    save_model(models_folder, "modality", modality_model, {**common, "labels": list(MODALITIES), "test": metrics["test"]["modality"] | {"confusion": None}})
    save_model(models_folder, "themes", theme_model, {**common, "labels": list(THEMES), "thresholds": thresholds, "test": metrics["test"]["themes"]})
    save_scorer(models_folder, "modality", classifiers.modality)
    save_scorer(models_folder, "themes", classifiers.themes)
    write_text_atomic(models_folder / "metrics.json", json.dumps(metrics, indent=1, sort_keys=True) + "\n")
    return metrics


def load_classifiers(models_folder=None, corpus_hash=None):
    """The packaged (or given) models, checked against the manifest, versions and corpus hash.

    canlp's own models load as their compiled scorers (``NAME.scorer.npz``),
    without scikit-learn; a shared model folder (``--model``) is loaded with
    skops and compiled.
    """
    from canlp.modelstore import load_model, load_scorer
    from canlp.paths import models_dir

    folder = models_folder or models_dir()
    if (folder / "modality.skops").exists():
        modality_model, _ = load_model(folder, "modality", corpus_hash)
        theme_model, meta = load_model(folder, "themes", corpus_hash)
        return Classifiers.from_pipelines(modality_model, theme_model, meta["thresholds"])
    modality, _ = load_scorer(folder, "modality", corpus_hash)
    themes, meta = load_scorer(folder, "themes", corpus_hash)
    return Classifiers(modality, themes, meta["thresholds"])
