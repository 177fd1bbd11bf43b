"""Linear scorers: the trained scikit-learn pipelines compiled to their weights, for fast prediction.

canlp's two models are linear: vectorisers (TF-IDF or binary counts of
tokens) side by side in a ColumnTransformer, then logistic regression.
Predicting through scikit-learn costs more than the whole spaCy pipeline for
one communiqué at a time (a DataFrame per batch, a sparse matrix per
vectoriser, checks on every call) and its import alone takes a second and a
half of a cold start. A :class:`LinearScorer` holds what prediction needs and
nothing else: each vectoriser's token pattern, n-gram range, vocabulary and
idf weights, and one matrix of coefficients. It computes the same
probabilities (to rounding; a test compares them with ``predict_proba`` on
the whole corpus) with dictionary look-ups and a few numpy sums per text,
and it explains a prediction from the same numbers.

A scorer is saved as an ``.npz`` of plain arrays (numbers and strings, read
with ``allow_pickle=False``): loading it can run no code. ``canlp train``
writes one beside each joblib model; the scikit-learn estimators stay the
models of record, and :meth:`LinearScorer.from_pipeline` compiles any of
them (a shared skops model too).

Supported pipelines are exactly canlp's: ``Pipeline([("features",
ColumnTransformer of TfidfVectorizer/CountVectorizer with word analyzers),
("model", LogisticRegression | OneVsRestClassifier(LogisticRegression))])``;
anything else is refused with :class:`ScorerError`.
"""

import json
import re
from itertools import repeat

import numpy as np

from canlp.features import count_elements

#: The token pattern of the cue, stem and lexicon columns: their tokens are ``str.split()``'s
#: (``re.findall(r"\S+")`` and ``split()`` cut at the same whitespace, the latter several times faster).
WHITESPACE_TOKENS = r"\S+"
#: Token patterns and the quicker ones that find the same tokens: scikit-learn's default finds the
#: maximal runs of two or more word characters, which ``\w\w+`` finds without testing word
#: boundaries at every character (a match can only start where a run starts; a quarter faster).
EQUIVALENT_PATTERNS = {r"(?u)\b\w\w+\b": r"\w\w+"}

FORMAT_VERSION = 1


class ScorerError(ValueError):
    """A pipeline that cannot be compiled, or a scorer file that cannot be read."""


class Block:
    """One vectoriser of the ColumnTransformer: a column of the text views turned into weighted features.

    ``kind`` is ``"tfidf"`` (counts, optionally 1 + log, times idf, L2
    normalised, as TfidfVectorizer) or ``"binary"`` (1 for each vocabulary
    token present, as CountVectorizer(binary=True)); ``weight`` is the
    ColumnTransformer's weight of the block; ``offset`` the block's first
    row in the coefficient matrix.
    """

    def __init__(self, name, column, kind, token_pattern, lowercase, ngram_range, sublinear_tf, weight, terms, idf, offset):
        self.name, self.column, self.kind = name, column, kind
        self.token_pattern = token_pattern
        self.lowercase = bool(lowercase)
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))
        self.sublinear_tf = bool(sublinear_tf)
        self.weight = float(weight)
        self.terms = list(terms)
        self.idf = None if idf is None else np.asarray(idf, dtype=np.float64)
        self.offset = int(offset)
        if token_pattern == WHITESPACE_TOKENS:
            self._find = str.split
        else:
            self._find = re.compile(EQUIVALENT_PATTERNS.get(token_pattern, token_pattern)).findall
        self._index = {term: i for i, term in enumerate(self.terms)}

    def spec(self):
        return {
            "name": self.name, "column": self.column, "kind": self.kind, "token_pattern": self.token_pattern,
            "lowercase": self.lowercase, "ngram_range": list(self.ngram_range), "sublinear_tf": self.sublinear_tf,
            "weight": self.weight, "offset": self.offset, "size": len(self.terms),
        }

    @property
    def analysis_key(self):
        """Blocks with the same key read the same tokens of the same column (counted once per text)."""
        return (self.column, self.token_pattern, self.lowercase, self.ngram_range)

    def analyse(self, text):
        """The block's tokens and n-grams of ``text``, as scikit-learn's word analyzer makes them."""
        tokens = self._find(text.lower() if self.lowercase else text)
        low, high = self.ngram_range
        if high == 1:
            return tokens
        grams = list(tokens) if low == 1 else []
        for n in range(max(low, 2), min(high, len(tokens)) + 1):
            grams.extend(map(" ".join, zip(*(tokens[i:] for i in range(n)))))
        return grams

    def rows(self, counts):
        """The vocabulary row of each term of ``counts`` (term → count), in its order; -1 for the terms
        not in the vocabulary (most n-grams). One look-up per term, in C; the batch drops the -1s at once."""
        return map(self._index.get, counts, repeat(-1))

    # ------------------------------------------------------------------ n-grams as integer keys
    @property
    def sequential(self):
        """Whether the block's n-grams are found as integer keys (:meth:`sequence_entries`): word 1-2-grams."""
        return self.ngram_range == (1, 2)

    def _unit_tables(self):
        """The vocabulary cut into units: ``units`` (word → unit id; the words of any term), the row
        of each unit as a unigram (``unigram_rows``, -1 if not a term; one more slot, read for the unit
        -1 of words in no term, holds -1 too), and the bigram terms as sorted integer keys
        (first unit × number of units + second unit) with their rows."""
        tables = self.__dict__.get("_units")
        if tables is None:
            units = {}
            for term in self.terms:
                for word in term.split(" "):
                    units.setdefault(word, len(units))
            unigram_rows = np.full(len(units) + 1, -1, dtype=np.intp)
            keys, rows = [], []
            for row, term in enumerate(self.terms):
                words = term.split(" ")
                if len(words) == 1:
                    unigram_rows[units[words[0]]] = row
                else:
                    keys.append(units[words[0]] * len(units) + units[words[1]])
                    rows.append(row)
            order = np.argsort(np.asarray(keys, dtype=np.int64), kind="stable")
            tables = self._units = (units, unigram_rows, np.asarray(keys, dtype=np.int64)[order],
                                    np.asarray(rows, dtype=np.intp)[order])
        return tables

    def tokens(self, views):
        """The block's tokens of one text, in order (the units of its n-grams)."""
        text = views[self.column]
        return self._find(text.lower() if self.lowercase else text)

    def sequence_entries(self, unit_ids, docs):
        """``(docs, rows)`` of the vocabulary's unigrams and bigrams in a batch's unit sequence
        (``unit_ids``: the unit of each token, -1 for words in no term; ``docs``: each token's text),
        one pair per occurrence."""
        units, unigram_rows, bigram_keys, bigram_rows = self._unit_tables()
        rows = unigram_rows[unit_ids]
        known = rows >= 0
        out_docs, out_rows = [docs[known]], [rows[known]]
        if self.ngram_range[1] == 2 and len(unit_ids) > 1 and len(bigram_keys):
            first, second = unit_ids[:-1], unit_ids[1:]
            pair = (first >= 0) & (second >= 0) & (docs[:-1] == docs[1:])
            keys = first[pair].astype(np.int64) * len(units) + second[pair]
            at = np.searchsorted(bigram_keys, keys)
            at[at == len(bigram_keys)] = 0
            found = bigram_keys[at] == keys
            out_docs.append(docs[:-1][pair][found])
            out_rows.append(bigram_rows[at[found]])
        return np.concatenate(out_docs), np.concatenate(out_rows)


class LinearScorer:
    """Probabilities of a canlp model from its compiled weights (see the module docstring).

    ``link`` is ``"softmax"`` (one label out of several: the modality) or
    ``"sigmoid"`` (each label on its own: the themes); ``labels`` are the
    outputs in column order.
    """

    def __init__(self, blocks, coef, intercept, link, labels):
        if link not in ("softmax", "sigmoid"):
            raise ScorerError(f"unknown link '{link}'")
        self.blocks = list(blocks)
        self.coef = np.ascontiguousarray(coef, dtype=np.float64)  # (features, labels)
        self._coef_by_label = np.ascontiguousarray(self.coef.T)  # (labels, features): a label's row is contiguous
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.link = link
        self.labels = list(labels)
        size = sum(len(b.terms) for b in self.blocks)
        if self.coef.shape != (size, len(self.labels)) or self.intercept.shape != (len(self.labels),):
            raise ScorerError(f"weights of shape {self.coef.shape} do not fit {size} features and {len(self.labels)} labels")
        self._tfidf = np.array([b.kind == "tfidf" for b in self.blocks])
        self._sublinear = np.array([b.sublinear_tf for b in self.blocks])
        self._weights = np.array([b.weight for b in self.blocks], dtype=np.float64)
        self._offsets = np.array([b.offset for b in self.blocks], dtype=np.intp)
        self._idf = np.concatenate([b.idf if b.idf is not None else np.ones(len(b.terms)) for b in self.blocks]) if self.blocks else np.zeros(0)

    # ------------------------------------------------------------------ predict
    def _entries(self, views_list):
        """The non-zero features of a batch: arrays of (text, block, row, count). Unigram blocks count
        each text's tokens once for all blocks that read them alike (and for all scorers when the views
        are a :class:`canlp.features.Views`, which keeps the counts); word 1-2-gram blocks turn each
        token into an integer unit with one look-up, and find and count the batch's n-grams in numpy."""
        n, n_blocks = len(views_list), len(self.blocks)
        counted_blocks = [(i, block, block.analysis_key) for i, block in enumerate(self.blocks) if not block.sequential]
        sequence_blocks = [(i, block, block._unit_tables()[0].get) for i, block in enumerate(self.blocks) if block.sequential]
        sizes, rows, counts = [], [], []
        units = [[] for _ in sequence_blocks]
        lengths = [[] for _ in sequence_blocks]
        for views in views_list:
            analysed = getattr(views, "analysed", None)
            if analysed is None:
                analysed = {}
            for _, block, key in counted_blocks:
                counted = analysed.get(key)
                if counted is None:
                    counted = analysed[key] = {}  # term → count (a Counter costs more to make than to fill)
                    count_elements(counted, block.analyse(views[block.column]))
                rows.extend(block.rows(counted))
                counts.extend(counted.values())
                sizes.append(len(counted))
            for j, (_, block, unit) in enumerate(sequence_blocks):
                tokens = block.tokens(views)
                units[j].extend(map(unit, tokens, repeat(-1)))
                lengths[j].append(len(tokens))
        text_ids = np.arange(n, dtype=np.intp)
        # the unigram blocks' entries
        sizes = np.asarray(sizes, dtype=np.intp).reshape(n, len(counted_blocks))
        texts = np.repeat(text_ids, sizes.sum(axis=1)) if counted_blocks else np.zeros(0, dtype=np.intp)
        which = np.array([i for i, _, _ in counted_blocks], dtype=np.intp)
        blocks = np.repeat(np.tile(which, n), sizes.ravel())
        # np.fromiter reads a list of ints faster than np.asarray, which first checks every element's type
        rows = np.fromiter(rows, dtype=np.intp, count=len(rows))
        counts = np.fromiter(counts, dtype=np.intp, count=len(counts))
        known = rows >= 0  # the terms in the vocabulary
        texts, blocks, rows, counts = texts[known], blocks[known], rows[known] + self._offsets[blocks[known]], counts[known]
        if sequence_blocks:
            # every occurrence of an n-gram as one key (text × features + row), counted by sorting
            size = int(self._offsets[-1]) + len(self.blocks[-1].terms)
            keys = []
            for j, (i, block, _) in enumerate(sequence_blocks):
                unit_ids = np.fromiter(units[j], dtype=np.intp, count=len(units[j]))
                docs, found = block.sequence_entries(unit_ids, np.repeat(text_ids, lengths[j]))
                keys.append(docs.astype(np.int64) * size + (found + block.offset))
            keys = np.sort(np.concatenate(keys))
            if len(keys):
                starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
                unique = keys[starts]
                found_rows = (unique % size).astype(np.intp)
                texts = np.concatenate((texts, (unique // size).astype(np.intp)))
                blocks = np.concatenate((blocks, np.searchsorted(self._offsets, found_rows, side="right") - 1))
                rows = np.concatenate((rows, found_rows))
                counts = np.concatenate((counts, np.diff(np.append(starts, len(keys)))))
        return texts, blocks, rows, counts.astype(np.float64)

    def _values(self, texts, blocks, rows, counts, n_texts):
        """Feature values as the vectorisers compute them: binary 1; TF-IDF (1 + log) count × idf,
        L2-normalised within each text's block; times the block's weight."""
        tfidf = self._tfidf[blocks]
        tf = np.where(self._sublinear[blocks], np.log(np.maximum(counts, 1.0)) + 1.0, counts)
        values = np.where(tfidf, tf * self._idf[rows], 1.0)
        segment = texts * len(self.blocks) + blocks
        norms = np.sqrt(np.bincount(segment, weights=values * values, minlength=n_texts * len(self.blocks)))
        values = np.where(tfidf, values / np.where(norms[segment] > 0, norms[segment], 1.0), values)
        return values * self._weights[blocks]

    def decisions(self, views_list):
        """An array (texts × labels) of the linear model's decision values."""
        n = len(views_list)
        texts, blocks, rows, counts = self._entries(views_list)
        out = np.tile(self.intercept, (n, 1))
        if len(rows):
            values = self._values(texts, blocks, rows, counts, n)
            # one sum per text for each label: a bincount over a label's row of coefficients is several
            # times quicker than add.reduceat over the (entries × labels) products (sums in another
            # order: equal to about 1e-14, as the order of the entries already varies with the hash seed)
            sums = np.empty((n, len(self.labels)))
            for k, coefficients in enumerate(self._coef_by_label):
                sums[:, k] = np.bincount(texts, weights=coefficients[rows] * values, minlength=n)
            out += sums
        return out

    def scores(self, views_list):
        """An array (texts × labels) of probabilities, as ``predict_proba`` gives them."""
        z = self.decisions(views_list)
        if self.link == "sigmoid":
            return 1.0 / (1.0 + np.exp(-z))
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def contributions(self, views, label):
        """``[(block name, term, contribution)]`` of the features of one text towards ``label``,
        largest first (ties: the earlier feature first)."""
        texts, blocks, rows, counts = self._entries([views])
        if not len(rows):
            return []
        k = self.labels.index(label)
        weights = self.coef[rows, k] * self._values(texts, blocks, rows, counts, 1)
        order = sorted(range(len(rows)), key=lambda i: (-weights[i], rows[i]))
        out = []
        for i in order:
            block = self.blocks[blocks[i]]
            out.append((block.name, block.terms[rows[i] - block.offset], float(weights[i])))
        return out

    # ------------------------------------------------------------------ compile
    @classmethod
    def from_pipeline(cls, pipeline, labels=None):
        """Compile a fitted canlp pipeline; ``labels`` name the outputs of a multi-label model."""
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier

        try:
            features, model = pipeline.named_steps["features"], pipeline.named_steps["model"]
            transformers = features.transformers_
        except (AttributeError, KeyError):
            raise ScorerError("not a canlp pipeline (a Pipeline of a fitted 'features' ColumnTransformer and a 'model')") from None
        weights = features.transformer_weights or {}
        blocks, offset = [], 0
        for name, vectoriser, column in transformers:
            if vectoriser == "drop":
                continue
            if not isinstance(vectoriser, CountVectorizer) or not isinstance(column, str):
                raise ScorerError(f"block '{name}' is not a text vectoriser of one column")
            unsupported = [
                key for key, default in (("analyzer", "word"), ("preprocessor", None), ("tokenizer", None),
                                         ("stop_words", None), ("strip_accents", None), ("input", "content"))
                if getattr(vectoriser, key) != default
            ]
            if unsupported:
                raise ScorerError(f"block '{name}' uses settings a scorer does not reproduce: {', '.join(unsupported)}")
            vocabulary = vectoriser.vocabulary_
            terms = sorted(vocabulary, key=vocabulary.get)
            if isinstance(vectoriser, TfidfVectorizer):
                if vectoriser.norm != "l2" or not vectoriser.use_idf or vectoriser.binary:
                    raise ScorerError(f"block '{name}': only l2-normalised TF-IDF with idf is supported")
                kind, idf, sublinear = "tfidf", vectoriser.idf_, vectoriser.sublinear_tf
            else:
                if not vectoriser.binary:
                    raise ScorerError(f"block '{name}': only binary counts are supported")
                kind, idf, sublinear = "binary", None, False
            blocks.append(Block(name, column, kind, vectoriser.token_pattern, vectoriser.lowercase,
                                vectoriser.ngram_range, sublinear, weights.get(name, 1.0), terms, idf, offset))
            offset += len(terms)
        if isinstance(model, LogisticRegression) and len(model.classes_) > 2:
            return cls(blocks, model.coef_.T, model.intercept_, "softmax", [str(c) for c in model.classes_])
        if isinstance(model, OneVsRestClassifier) and all(isinstance(e, LogisticRegression) for e in model.estimators_):
            coef = np.vstack([e.coef_[0] for e in model.estimators_]).T
            intercept = np.array([e.intercept_[0] for e in model.estimators_])
            names = list(labels) if labels is not None else [str(c) for c in model.classes_]
            return cls(blocks, coef, intercept, "sigmoid", names)
        raise ScorerError(f"model {type(model).__name__} is not a multinomial or one-vs-rest logistic regression")

    # ------------------------------------------------------------------ files
    def save(self, path):
        """Write the scorer as an ``.npz`` of plain arrays (atomically)."""
        from canlp.files import atomic_path

        arrays = {
            "spec": np.array(json.dumps({"format": FORMAT_VERSION, "link": self.link, "labels": self.labels,
                                         "blocks": [b.spec() for b in self.blocks]})),
            "coef": self.coef,
            "intercept": self.intercept,
        }
        for i, block in enumerate(self.blocks):
            arrays[f"terms_{i}"] = np.array(block.terms, dtype=str)
            if block.idf is not None:
                arrays[f"idf_{i}"] = block.idf
        # np.savez stamps each member with the current time; fixed stamps make the file a function
        # of the model alone, so retraining on the same corpus rewrites the same bytes
        import io
        import zipfile

        with atomic_path(path) as tmp:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for key, array in arrays.items():
                    buffer = io.BytesIO()
                    np.lib.format.write_array(buffer, np.asarray(array), allow_pickle=False)
                    info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(info, buffer.getvalue())

    @classmethod
    def load(cls, path):
        """Read a scorer saved by :meth:`save`; never unpickles anything."""
        try:
            with np.load(path, allow_pickle=False) as data:
                spec = json.loads(str(data["spec"]))
                if spec.get("format") != FORMAT_VERSION:
                    raise ScorerError(f"{path}: scorer format {spec.get('format')}, this canlp reads {FORMAT_VERSION}")
                blocks = []
                for i, b in enumerate(spec["blocks"]):
                    terms = data[f"terms_{i}"].tolist()
                    idf = data[f"idf_{i}"] if f"idf_{i}" in data.files else None
                    if len(terms) != b["size"]:
                        raise ScorerError(f"{path}: block '{b['name']}' has {len(terms)} terms, not {b['size']}")
                    blocks.append(Block(b["name"], b["column"], b["kind"], b["token_pattern"], b["lowercase"],
                                        b["ngram_range"], b["sublinear_tf"], b["weight"], terms, idf, b["offset"]))
                return cls(blocks, data["coef"], data["intercept"], spec["link"], spec["labels"])
        except ScorerError:
            raise
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ScorerError(f"{path}: not a canlp scorer file ({error.__class__.__name__})") from None
