"""Calibration of the categorizer's free parameters on labelled sets (the development sets).

Names the catalogue holds would be resolved exactly and say nothing about the parameters, so every name
is scored *leave-name-out*: its exact catalogue match and the references with its normalized text are
ignored, so each name is matched as if it had never been seen. On those scores:

1. embedding_weight: the weight with the best accuracy, each at its best threshold (ties, within
   `WEIGHT_TIE`: the lower weight, since the lexical part is what forgives typos);
2. other_threshold: the highest threshold that keeps that accuracy, so that a name resembling nothing
   goes to `other` rather than to the least unlikely category;
3. temperature: minimizes the negative log-likelihood of the true category, so that confidences are
   probabilities;
4. review_threshold: the lowest confidence above which the accepted names are at least
   `target_auto_accuracy` right (fewest names sent to review for that accuracy).

Rerun with `python -m zivo.ml.cli calibrate --csv FILE [--csv FILE ...]` and copy the printed values
into the defaults in `classifier.py` when the catalogue or the model change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from zivo.ml.categorization.classifier import (
    CATEGORY_ORDER,
    Categorizer,
    DecisionParameters,
    ScoredName,
    decide,
    probabilities,
)
from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
from zivo.ml.embeddings.embedder import Embedder

WEIGHTS: tuple[float, ...] = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
THRESHOLDS: tuple[float, ...] = tuple(round(0.2 + 0.025 * step, 3) for step in range(17))
TEMPERATURES: tuple[float, ...] = tuple(round(0.01 * step, 2) for step in range(1, 31))
# Confidences crowd near 1, where a step of 0.02 moves a fifth of the names: the grid is finer there.
REVIEW_THRESHOLDS: tuple[float, ...] = (
    *(round(0.3 + 0.02 * step, 2) for step in range(30)),
    *(round(0.9 + 0.005 * step, 3) for step in range(20)),
)
# Leave-name-out accuracies closer than this (a few names in a thousand) are a tie.
WEIGHT_TIE = 0.0025


@dataclass(frozen=True)
class Calibration:
    embedding_weight: float
    other_threshold: float
    temperature: float
    review_threshold: float
    leave_name_out_accuracy: float
    auto_accuracy: float
    review_share: float


def _accuracy(scored: Sequence[ScoredName], labels: Sequence[str], parameters: DecisionParameters) -> float:
    hits = sum(decide(item, parameters).category == label for item, label in zip(scored, labels, strict=True))
    return hits / len(labels)


def _negative_log_likelihood(
    scored: Sequence[ScoredName], labels: Sequence[str], parameters: DecisionParameters
) -> float:
    total = 0.0
    for item, label in zip(scored, labels, strict=True):
        total -= float(np.log(max(probabilities(item, parameters)[CATEGORY_ORDER.index(label)], 1e-12)))
    return total / len(labels)


def review_threshold_for(
    confidences: Sequence[float], right: Sequence[bool], target_auto_accuracy: float
) -> tuple[float, float, float]:
    """(threshold, auto-accepted accuracy, share sent to review) of the lowest threshold that reaches the
    target; the highest threshold tried when none does."""
    outcome = (REVIEW_THRESHOLDS[-1], 0.0, 1.0)
    for threshold in REVIEW_THRESHOLDS:
        accepted = [ok for confidence, ok in zip(confidences, right, strict=True) if confidence >= threshold]
        accuracy = sum(accepted) / len(accepted) if accepted else 1.0
        share = 1 - len(accepted) / len(right)
        outcome = (threshold, accuracy, share)
        if accuracy >= target_auto_accuracy:
            break
    return outcome


def calibrate(
    embedder: Embedder, names: Sequence[str], labels: Sequence[str], *, target_auto_accuracy: float = 0.98
) -> Calibration:
    if not names or len(names) != len(labels):
        raise ValueError("calibration needs as many labels as names, and at least one name")
    # Every weight embeds the same references and names: embed them once.
    embedder = CachedEmbedder(embedder, LRUEmbeddingCache())
    candidates: list[tuple[float, float, list[ScoredName], float]] = []  # (accuracy, threshold, scored, w)
    for weight in WEIGHTS:
        categorizer = Categorizer(embedder, embedding_weight=weight)
        scored = categorizer.score_many(names, exclude_identical=True)
        accuracies = [
            (_accuracy(scored, labels, DecisionParameters(other_threshold=t)), t) for t in THRESHOLDS
        ]
        top = max(accuracy for accuracy, _ in accuracies)
        threshold = max(t for accuracy, t in accuracies if accuracy == top)
        candidates.append((top, threshold, scored, weight))
    best_accuracy = max(candidate[0] for candidate in candidates)
    # WEIGHTS ascend, so the first candidate within the tie is the lowest weight.
    accuracy, threshold, scored, weight = next(
        candidate for candidate in candidates if candidate[0] >= best_accuracy - WEIGHT_TIE
    )
    temperature = min(
        TEMPERATURES,
        key=lambda t: _negative_log_likelihood(scored, labels, DecisionParameters(threshold, t)),
    )
    decided = [decide(item, DecisionParameters(threshold, temperature)) for item in scored]
    review, auto_accuracy, share = review_threshold_for(
        [result.confidence for result in decided],
        [result.category == label for result, label in zip(decided, labels, strict=True)],
        target_auto_accuracy,
    )
    return Calibration(weight, threshold, temperature, review, accuracy, auto_accuracy, share)
