"""Calibration of the categorizer's free parameters on labelled sets (the development sets).

Names the catalogue holds would be resolved exactly and say nothing about the parameters, so every name
is scored two ways: *leave-name-out* (its exact catalogue match and the references with its normalized
text are ignored: a known analyte under a new spelling) and *leave-analyte-out* (its own test's names
are ignored too, so it must be placed by meaning, as an analyte the catalogue does not know). On those
scores:

1. embedding_weight: the weight with the best leave-name-out accuracy, each at its best threshold (ties,
   within `WEIGHT_TIE`: the lower weight, since the lexical part is what forgives typos);
2. other_threshold: the highest threshold that keeps that accuracy, so that a name resembling nothing
   goes to `other` rather than to the least unlikely category;
3. temperature: minimizes the negative log-likelihood of the true category, so that the softmax is a
   probability;
4. confidence_weights: a logistic model of "the chosen category is right" over `CONFIDENCE_FEATURES`,
   fitted on both ways of scoring at once, so that it has seen the errors of unknown analytes (which
   leave-name-out alone rarely shows: the catalogue knows every development analyte by another name);
5. review_threshold: the lowest confidence above which the accepted names are at least
   `target_auto_accuracy` right (fewest names sent to review for that accuracy); with
   `max_review_share`, never one that sends more than that share to review (then the accuracy is what
   that share buys, and `calibration.toml` says so).

Steps 4 and 5 weigh leave-name-out names against leave-analyte-out ones as a new source mixes known and
unknown analytes: `unknown_analytes.unknown_analyte_share` estimates that share on the development
halves (the names the catalogue does not hold whose analyte it does not know), source by source, and
writes it into `calibration.toml` next to how it was computed.

A name's own test is its exact catalogue test, or else the test the full catalogue matches it with in
its labelled category. The specimen and organism penalties are not fitted here: they were chosen on the
same development sets and are carried over from `calibration.toml`.

Rerun with `python -m zivo.ml.cli calibrate --development DATA_DIR > data/calibration.toml` (every
development half, `evaluation.DEVELOPMENT_HALVES`; `--csv FILE` adds a file, or alone names the files)
when the catalogue or the model change.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.categorization.decision import (
    CATEGORY_ORDER,
    CONFIDENCE_FEATURES,
    CalibratedParameters,
    DecisionParameters,
    ScoredName,
    calibrated_parameters,
    choose,
    confidence_features,
    decide,
    probabilities,
)
from zivo.ml.categorization.unknown_analytes import UnknownAnalyteShare, unknown_analyte_share
from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
from zivo.ml.embeddings.embedder import Embedder

WEIGHTS: tuple[float, ...] = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
THRESHOLDS: tuple[float, ...] = tuple(round(0.2 + 0.025 * step, 3) for step in range(17))
TEMPERATURES: tuple[float, ...] = tuple(round(0.01 * step, 2) for step in range(1, 31))
# Confidences crowd near 1, where a step of 0.02 moves a fifth of the names: the grid is finer there, from
# 0.8 (the threshold has landed at 0.88 and at 0.90, one coarse step apart, as the catalogue grew).
REVIEW_THRESHOLDS: tuple[float, ...] = (
    *(round(0.3 + 0.02 * step, 2) for step in range(25)),
    *(round(0.8 + 0.005 * step, 3) for step in range(40)),
)
# Leave-name-out accuracies closer than this (a few names in a thousand) are a tie.
WEIGHT_TIE = 0.0025
# Ridge on the logistic weights: keeps them finite when a feature separates the training names perfectly.
L2 = 0.01


@dataclass(frozen=True)
class Calibration:
    parameters: CalibratedParameters
    leave_name_out_accuracy: float
    leave_analyte_out_accuracy: float
    auto_accuracy: float
    review_share: float
    unknown: UnknownAnalyteShare
    # Of the confidence model on the mixed names (10 bins, each name weighing as in the fit).
    expected_calibration_error: float = 0.0
    # The review share cap the threshold was held to (None: accuracy alone chose it), and whether the
    # cap, not the accuracy target, decided the threshold.
    max_review_share: float | None = None
    capped: bool = False

    def _cap_note(self) -> str:
        if self.max_review_share is None:
            return "."
        below = ", below the accuracy target" if self.capped else ""
        return f" (the threshold held to at most {self.max_review_share:.2f} to review{below})."

    def toml(self) -> str:
        """`data/calibration.toml` as this calibration would write it."""
        p = self.parameters
        weights = ", ".join(f"{weight:.4f}" for weight in p.confidence_weights)
        return "\n".join(
            [
                "# Fitted by `python -m zivo.ml.cli calibrate` (zivo.ml.categorization.calibration) on the",
                "# development sets; read by zivo.ml.categorization.classifier. Leave-name-out accuracy "
                f"{self.leave_name_out_accuracy:.4f},",
                f"# leave-analyte-out accuracy {self.leave_analyte_out_accuracy:.4f}; at the review "
                "threshold the",
                "# names (known and unknown analytes mixed as unknown_analyte_share says) accepted are",
                f"# {self.auto_accuracy:.4f} right and {self.review_share:.4f} go to review"
                + self._cap_note(),
                "# Expected calibration error of the confidence on those names "
                f"{self.expected_calibration_error:.4f}.",
                f"embedding_weight = {p.embedding_weight}",
                f"other_threshold = {p.other_threshold}",
                f"temperature = {p.temperature}",
                f"review_threshold = {p.review_threshold}",
                "# Not fitted by `calibrate` (chosen on the development sets; carried over).",
                f"specimen_penalty = {p.specimen_penalty}",
                f"organism_penalty = {p.organism_penalty}",
                *textwrap.wrap(
                    f"Logistic weights over {', '.join(CONFIDENCE_FEATURES)}.",
                    width=100,
                    initial_indent="# ",
                    subsequent_indent="# ",
                ),
                f"confidence_weights = [{weights}]",
                "# Per source, the share of the development names not in the catalogue, with an analyte in",
                "# their source column, whose analyte the catalogue does not know; unknown_analyte_share is",
                "# their mean (zivo.ml.categorization.unknown_analytes):",
                *(
                    f"#   {item.source}: {item.unknown} of {item.names} ({item.share:.4f})"
                    for item in self.unknown.sources
                ),
                f"unknown_analyte_share = {p.unknown_analyte_share}",
                "",
            ]
        )


def _parameters(other_threshold: float, temperature: float = 0.05) -> DecisionParameters:
    # Review plays no part in the category chosen; only the confidence model's absence matters here.
    return DecisionParameters(other_threshold, temperature, 0.0)


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
    confidences: Sequence[float],
    right: Sequence[bool],
    target_auto_accuracy: float,
    weights: Sequence[float] | None = None,
    *,
    max_review_share: float | None = None,
) -> tuple[float, float, float]:
    """(threshold, auto-accepted accuracy, share sent to review) of the lowest threshold that reaches the
    target; the highest threshold tried when none does. `weights` (default: 1 each) weigh the names.
    With `max_review_share`, thresholds sending more than that share to review are not tried: the
    result is then the highest threshold within the share when none within it reaches the target."""
    weights = [1.0] * len(right) if weights is None else weights
    total = sum(weights)
    outcome: tuple[float, float, float] | None = None
    for threshold in REVIEW_THRESHOLDS:
        accepted = [
            (ok, weight)
            for confidence, ok, weight in zip(confidences, right, weights, strict=True)
            if confidence >= threshold
        ]
        kept = sum(weight for _, weight in accepted)
        accuracy = sum(weight for ok, weight in accepted if ok) / kept if kept else 1.0
        # Past the cap: the previous threshold (the lowest one tried, when even it sends too many).
        if max_review_share is not None and 1 - kept / total > max_review_share and outcome is not None:
            break
        outcome = (threshold, accuracy, 1 - kept / total)
        if accuracy >= target_auto_accuracy:
            break
    assert outcome is not None  # REVIEW_THRESHOLDS is not empty
    return outcome


def expected_calibration_error(
    confidences: npt.NDArray[np.float64],
    right: npt.NDArray[np.float64],
    weights: npt.NDArray[np.float64],
    bins: int = 10,
) -> float:
    """Weighted mean over confidence bins of |accuracy - mean confidence| (as `reliability` bins them)."""
    index = np.minimum((confidences * bins).astype(int), bins - 1)
    gaps = [abs(float((weights * (right - confidences))[index == b].sum())) for b in range(bins)]
    return sum(gaps) / float(weights.sum())


def fit_logistic(
    features: npt.NDArray[np.float64],
    outcomes: npt.NDArray[np.float64],
    *,
    l2: float = L2,
    sample_weights: npt.NDArray[np.float64] | None = None,
) -> npt.NDArray[np.float64]:
    """Weights of P(outcome) = logistic(features @ w), by Newton's method on the ridge-penalized
    log-likelihood (convex: a few steps converge); `sample_weights` (default 1 each) weigh the rows."""
    rows = np.ones(len(outcomes)) if sample_weights is None else sample_weights
    weights = np.zeros(features.shape[1])
    ridge = l2 * np.eye(features.shape[1])
    for _ in range(50):
        predicted = 1 / (1 + np.exp(-np.clip(features @ weights, -30, 30)))
        gradient = features.T @ (rows * (predicted - outcomes)) + l2 * weights
        hessian = (features * (rows * predicted * (1 - predicted))[:, None]).T @ features + ridge
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def confidence_rows(
    scored: Sequence[ScoredName],
    labels: Sequence[str],
    parameters: DecisionParameters,
    categorizer: Categorizer,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The confidence model's features of each scored name (`CONFIDENCE_FEATURES` columns) and whether
    its chosen category is the label (1.0) or not."""
    rows, outcomes = [], []
    for item, label in zip(scored, labels, strict=True):
        probabilities_, index, best = choose(item, parameters, categorizer.tests)
        rows.append(confidence_features(item, probabilities_, index, best.specimen if best else None))
        outcomes.append(float(CATEGORY_ORDER[index] == label))
    return np.array(rows), np.array(outcomes)


def mixture_weights(unknown: Sequence[bool], share: float) -> npt.NDArray[np.float64]:
    """Weights of the leave-name-out rows, then the leave-analyte-out rows, of names scored both ways, so
    that they mix as a new source's names: known analytes (the leave-name-out scoring of the names
    whose analyte the catalogue knows) and, weighing `share`, unknown ones (the leave-name-out scoring
    of the names whose analyte it does not know, `unknown`, and the leave-analyte-out scoring of the
    others). Each name weighs one on average, so that the ridge keeps its strength."""
    flags = np.array(unknown, dtype=bool)
    known_rows = np.concatenate([~flags, np.zeros(len(flags), dtype=bool)])
    unknown_rows = np.concatenate([flags, ~flags])
    mix = (
        known_rows / max(known_rows.sum(), 1) * (1 - share)
        + unknown_rows / max(unknown_rows.sum(), 1) * share
    )
    result: npt.NDArray[np.float64] = mix * len(flags)
    return result


def own_tests(categorizer: Categorizer, names: Sequence[str], labels: Sequence[str]) -> list[str | None]:
    """Each name's own test: its exact catalogue test, or the full catalogue's best test in its labelled
    category."""
    return [
        item.exact or item.tests[CATEGORY_ORDER.index(label)]
        for item, label in zip(categorizer.score_many(names), labels, strict=True)
    ]


def calibrate(
    embedder: Embedder,
    names: Sequence[str],
    labels: Sequence[str],
    *,
    analytes: Sequence[str | None],
    sources: Sequence[str],
    target_auto_accuracy: float = 0.98,
    max_review_share: float | None = None,
) -> Calibration:
    """Fit on labelled names; `analytes` (`unknown_analytes.analyte_keys`, None where the source names
    none) and `sources` (the file of each name) estimate the share of unknown analytes."""
    if not names or not len(names) == len(labels) == len(analytes) == len(sources):
        raise ValueError("calibration needs one label, analyte and source per name, and at least one name")
    if all(analyte is None for analyte in analytes):
        raise ValueError(
            "calibration needs the analyte of some names (`analyte <key>` or a LOINC code in a 'source' "
            "column) to estimate how many of a new source's analytes the catalogue does not know"
        )
    carried = calibrated_parameters()
    # Every weight embeds the same references and names: embed them once.
    embedder = CachedEmbedder(embedder, LRUEmbeddingCache())
    # (accuracy, threshold, scored, weight, the categorizer that scored them)
    candidates: list[tuple[float, float, list[ScoredName], float, Categorizer]] = []
    for weight in WEIGHTS:
        categorizer = Categorizer(embedder, embedding_weight=weight)
        scored = categorizer.score_many(names, exclude_identical=True)
        accuracies = [(_accuracy(scored, labels, _parameters(t)), t) for t in THRESHOLDS]
        top = max(accuracy for accuracy, _ in accuracies)
        threshold = max(t for accuracy, t in accuracies if accuracy == top)
        candidates.append((top, threshold, scored, weight, categorizer))
    best_accuracy = max(candidate[0] for candidate in candidates)
    # WEIGHTS ascend, so the first candidate within the tie is the lowest weight.
    accuracy, threshold, scored, weight, categorizer = next(
        candidate for candidate in candidates if candidate[0] >= best_accuracy - WEIGHT_TIE
    )
    temperature = min(
        TEMPERATURES, key=lambda t: _negative_log_likelihood(scored, labels, _parameters(threshold, t))
    )
    decision = _parameters(threshold, temperature)
    unknown = categorizer.score_many(names, leave_out=own_tests(categorizer, names, labels))
    estimate = unknown_analyte_share(categorizer, names, analytes, sources)
    known_x, known_y = confidence_rows(scored, labels, decision, categorizer)
    unknown_x, unknown_y = confidence_rows(unknown, labels, decision, categorizer)
    mix = mixture_weights(estimate.unknown, estimate.share)
    features = np.vstack([known_x, unknown_x])
    outcomes = np.concatenate([known_y, unknown_y])
    weights = fit_logistic(features, outcomes, sample_weights=mix)
    confidences = 1 / (1 + np.exp(-(features @ weights)))
    review, auto_accuracy, share = review_threshold_for(
        confidences.tolist(),
        [bool(ok) for ok in outcomes],
        target_auto_accuracy,
        mix.tolist(),
        max_review_share=max_review_share,
    )
    parameters = CalibratedParameters(
        embedding_weight=weight,
        other_threshold=threshold,
        temperature=temperature,
        review_threshold=review,
        specimen_penalty=carried.specimen_penalty,
        organism_penalty=carried.organism_penalty,
        confidence_weights=tuple(round(float(w), 4) for w in weights),
        unknown_analyte_share=round(estimate.share, 4),
    )
    return Calibration(
        parameters,
        accuracy,
        float(unknown_y.mean()),
        auto_accuracy,
        share,
        estimate,
        expected_calibration_error(confidences, outcomes, mix),
        max_review_share,
        capped=auto_accuracy < target_auto_accuracy and max_review_share is not None,
    )
