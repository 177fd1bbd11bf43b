"""``canlp_classify``: modality and themes from the trained scikit-learn models.

Sets ``doc._.modality``, ``doc._.themes``, ``doc._.modality_scores`` and
``doc._.theme_scores``. The models are the packaged ones (``models/``),
checked against their manifest, the library versions and the corpus hash; a
mismatch stops the pipeline from loading with a message that says to run
``canlp train``. Docs are classified in batches in :meth:`pipe`.
"""

from pathlib import Path

from spacy.util import minibatch

from canlp.components import doc_text


class Classify:
    def __init__(self, nlp, name="canlp_classify", models=None):
        from canlp.corpus import corpus_hash
        from canlp.training import load_classifiers

        self.name = name
        self.classifiers = load_classifiers(models and Path(models), corpus_hash=corpus_hash())

    def _set(self, docs):
        # the text as given (kept by make_doc): rebuilding doc.text from the tokens costs 0.1 ms a text
        texts = [doc_text(d) for d in docs]
        for doc, prediction in zip(docs, self.classifiers.predict(texts)):
            doc._.modality = prediction["modality"]
            doc._.themes = prediction["themes"]
            doc._.modality_scores = prediction["modality_scores"]
            doc._.theme_scores = prediction["theme_scores"]
        return docs

    def __call__(self, doc):
        return self._set([doc])[0]

    def pipe(self, stream, batch_size=128):
        # the scorers cost less per text in larger batches (numpy calls are per batch)
        for batch in minibatch(stream, size=max(batch_size, 256)):
            yield from self._set(list(batch))

    def to_disk(self, path, exclude=tuple()):
        Path(path).mkdir(parents=True, exist_ok=True)  # the models stay in the package; nothing to save

    def from_disk(self, path, exclude=tuple()):
        return self
