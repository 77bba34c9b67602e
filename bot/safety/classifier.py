"""The risk classifier: word and character n-grams into a logistic regression.

It reads the whole normalised message and gives a probability for every label (taxonomy
categories, look-alike categories, "other"). It is the safety net's own model, trained on
the labelled corpus (training.py), not DIET's few dozen examples, and it needs no
downloaded weights. It is trained at first use (a few seconds) and cached in
``var/safety_model-<fingerprint>.pkl``; the fingerprint changes with any training file.
"""
from __future__ import annotations

import os
import pickle
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Sequence, Tuple

import numpy as np
from scipy.sparse import hstack

from bot import settings
from bot.safety import taxonomy, training
from bot.safety.normalise import normalise

DANGER_KINDS = ("crisis", "safeguarding")

# Words that carry no danger of their own: pronouns, articles, prepositions, auxiliaries.
# Danger messages are personal ("my", "he", "i"), so the model learns weight on these; that
# weight is not evidence (see ``RiskClassifier.word_pull``).
FUNCTION_WORDS = frozenset('''
a an the and or but if so to of in on at by for from with about as into than then this that
these those there here it its it's i i'm i've i'd i'll me my mine we us our you your he he's
him his she she's her hers they they're them their is are was were be been being am do does
did don't doesn't didn't have has had having will would can could should shall may might must
just also very really too some any all what which who whom whose when where why how up down out
over off again still now n and's a's
'''.split())


@dataclass
class Prediction:
    danger: float           # P(crisis or safeguarding)
    crisis: float
    safeguarding: float
    top_danger: str         # most likely danger category
    top_danger_p: float
    top_route: str          # most likely route category
    top_route_p: float
    top: str                # most likely label overall
    top_p: float
    evidence: float = 0.0   # strongest pull to danger of one word (or two-word) feature
    words: int = 0          # how many of the message's words the model knows


class RiskClassifier:
    """Two linear models over the same features.

    ``coarse`` tells danger from the rest: crisis | safeguarding | route | none (look-alikes
    and everyday talk). ``fine`` names the category among danger and route categories.
    Logistic loss by stochastic gradient descent: trains in well under a second.
    """

    def __init__(self, alpha: float = 1e-5, epochs: int = 15):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import SGDClassifier

        self.words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1,
                                     sublinear_tf=True, token_pattern=r"[a-z0-9']+")
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                     sublinear_tf=True)
        make = lambda: SGDClassifier(loss="log_loss", alpha=alpha, max_iter=epochs, tol=None,  # noqa: E731
                                     class_weight="balanced", random_state=0)
        self.coarse = make()
        self.fine = make()

    def _features(self, norm: Sequence[str], fit: bool = False):
        if fit:
            return hstack([self.words.fit_transform(norm), self.chars.fit_transform(norm)]).tocsr()
        return hstack([self.words.transform(norm), self.chars.transform(norm)]).tocsr()

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> "RiskClassifier":
        cats = taxonomy.load()["categories"]
        norm = [normalise(t) for t in texts]
        features = self._features(norm, fit=True)
        coarse = [cats[label]["kind"] if label in cats else "none" for label in labels]
        self.coarse.fit(features, coarse)
        keep = [i for i, label in enumerate(labels) if label in cats]
        self.fine.fit(features[keep], [labels[i] for i in keep])
        self._index()
        return self

    def _index(self) -> None:
        cats = taxonomy.load()["categories"]
        self.coarse_labels = list(self.coarse.classes_)
        self.fine_labels = list(self.fine.classes_)
        kinds = [cats[label]["kind"] for label in self.fine_labels]
        self.fine_danger = np.array([k in DANGER_KINDS for k in kinds])
        self.fine_route = np.array([k == "route" for k in kinds])

        # Weights by feature row: one message has few features, so a gather is the fast path.
        self.coarse_w = np.ascontiguousarray(self.coarse.coef_.T)
        self.fine_w = np.ascontiguousarray(self.fine.coef_.T)
        self.fine_crisis = np.array([k == "crisis" for k in kinds])
        self.fine_safeguarding = np.array([k == "safeguarding" for k in kinds])

        # How far each word feature alone pulls toward danger: its weight for crisis or
        # safeguarding above its weight for "none". Character n-grams are left out: they
        # spread a guess over unfamiliar words ("footy", "ms"), which is no evidence.
        w = self.coarse.coef_
        rows = [self.coarse_labels.index(k) for k in DANGER_KINDS if k in self.coarse_labels]
        none = w[self.coarse_labels.index("none")] if "none" in self.coarse_labels else 0.0
        n_words = len(self.words.vocabulary_)
        pull = (w[rows].max(axis=0) - none)[:n_words] if rows else np.zeros(n_words)
        for gram, index in self.words.vocabulary_.items():
            if all(word in FUNCTION_WORDS for word in gram.split()):
                pull[index] = 0.0
        self.word_pull = np.ascontiguousarray(pull)

    @staticmethod
    def _ovr_probabilities(weights, intercept, x) -> np.ndarray:
        """One-vs-rest logistic models: normalised sigmoids, as predict_proba does."""
        scores = x.data @ weights[x.indices] + intercept
        p = 1.0 / (1.0 + np.exp(-scores))
        return p / p.sum()

    @staticmethod
    def _fast_part(vocab: Dict[str, int], idf: np.ndarray, grams: Sequence[str], offset: int):
        """The same numbers as ``vectorizer.transform`` (sublinear tf, idf, l2), for one
        message, without building a sparse matrix (that costs more than the sums)."""
        get = vocab.get
        indices, counts = [], []
        for gram, count in Counter(grams).items():
            index = get(gram)
            if index is not None:
                indices.append(index)
                counts.append(count)
        if not indices:
            return np.empty(0, dtype=np.int64), np.empty(0)
        rows = np.array(indices, dtype=np.int64)
        values = 1.0 + np.log(np.array(counts, dtype=float))
        values *= idf[rows]
        values /= np.sqrt(values @ values)
        return rows + offset, values

    def _readers(self):
        """The two analyzers and idf vectors, built once. scikit-learn 1.1 rebuilds ``idf_``
        from a sparse diagonal on every read (0.3 ms each: a third of the net's time)."""
        if getattr(self, "_cached_readers", None) is None:
            self._cached_readers = (self.words.build_analyzer(), self.chars.build_analyzer(),
                                    np.asarray(self.words.idf_), np.asarray(self.chars.idf_))
        return self._cached_readers

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_cached_readers", None)
        state.pop("_analyzers", None)
        return state

    def features_of(self, norm: str):
        """(indices, values) of one message's features."""
        words, chars, word_idf, char_idf = self._readers()
        wi, wv = self._fast_part(self.words.vocabulary_, word_idf, words(norm), 0)
        ci, cv = self._fast_part(self.chars.vocabulary_, char_idf, chars(norm),
                                 len(self.words.vocabulary_))
        return _Row(np.concatenate([wi, ci]), np.concatenate([wv, cv]))

    def predict(self, norm: str) -> Prediction:
        x = self.features_of(norm)
        pc = dict(zip(self.coarse_labels,
                      self._ovr_probabilities(self.coarse_w, self.coarse.intercept_, x)))
        pf = self._ovr_probabilities(self.fine_w, self.fine.intercept_, x)
        crisis, sg = float(pc.get("crisis", 0.0)), float(pc.get("safeguarding", 0.0))
        # The category comes from the kind the coarse model prefers, so a hint about a son
        # and money is asked about money, not about ending one's life.
        wanted = self.fine_crisis if crisis >= sg else self.fine_safeguarding
        danger_p = np.where(wanted, pf, -1.0)
        route_p = np.where(self.fine_route, pf, -1.0)
        d, r = int(danger_p.argmax()), int(route_p.argmax())
        top = max(pc, key=pc.get)
        word_rows = x.indices[x.indices < len(self.word_pull)]
        evidence = float(self.word_pull[word_rows].max()) if len(word_rows) else 0.0
        return Prediction(crisis + sg, crisis, sg, self.fine_labels[d], float(pf[d]),
                          self.fine_labels[r], float(pc.get("route", 0.0)), top,
                          float(pc[top]), evidence, len(word_rows))


@dataclass
class _Row:
    indices: np.ndarray
    data: np.ndarray


def train(examples: Sequence[Tuple[str, str]] = None) -> RiskClassifier:
    examples = list(examples if examples is not None else training.examples())
    texts, labels = zip(*examples)
    return RiskClassifier().fit(texts, labels)


def _cache_path(fingerprint: str) -> Path:
    return settings.data_dir() / f"safety_model-{fingerprint}.pkl"


@lru_cache(maxsize=1)
def load() -> RiskClassifier:
    """The trained classifier: from the cache when its training files are unchanged."""
    code = [Path(__file__), Path(__file__).with_name("normalise.py")]
    fingerprint = training.fingerprint(training.source_files() + code)
    path = _cache_path(fingerprint)
    if path.exists():
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except Exception:
            pass
    model = train()
    try:
        for old in path.parent.glob("safety_model-*.pkl"):
            old.unlink()
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as handle:
            pickle.dump(model, handle)
        tmp.replace(path)
    except OSError:
        pass  # a read-only disk only costs a retrain next time
    return model
