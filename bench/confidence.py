"""Which confidence features earn their place: leave-one-source-out on the development halves.

    OMP_NUM_THREADS=1 HF_HUB_OFFLINE=1 ./pants run bench/confidence.py

Each development half (`evaluation.DEVELOPMENT_HALVES`, what `calibrate --development` reads) is scored
as `calibrate` scores it (leave-name-out and leave-analyte-out, with the calibrated weights, threshold
and temperature of `data/calibration.toml`). Then, for the confidence model with all of
`CONFIDENCE_FEATURES` and with each one (the category prior as one) left out: fit on the other sources
(the two scorings mixed as the estimated share of unknown analytes says, `calibration.mixture_weights`),
pick the review threshold there, and apply both to the one left out. Two threshold rules: the lowest at
which 98 % of the accepted names are right (what `calibrate` does), and the highest sending at most 15 %
to review (`calibrate --max-review-share 0.15`). Printed, pooled over the folds (one per source), each
name weighing as in `calibrate`: for each rule the accuracy of what is accepted and the share sent to
review; and on the unknown analytes (as `calibration.mixture_weights` counts them) the ranking quality of
the confidence (AUC: the chance that a right answer is more confident than a wrong one) and its log-loss.
A feature earns its place when leaving it out sends more names to review at the same accuracy, accepts
fewer right names at the same share, or ranks unknown analytes worse.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from zivo.ml.categorization.calibration import (
    confidence_rows,
    fit_logistic,
    mixture_weights,
    own_tests,
    review_threshold_for,
)
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.categorization.decision import CONFIDENCE_FEATURES
from zivo.ml.categorization.evaluation import (
    DEVELOPMENT_HALVES,
    labelled_names,
    labelled_provenances,
)
from zivo.ml.categorization.unknown_analytes import analyte_keys, unknown_analyte_share
from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
from zivo.ml.embeddings.embedder import TransformersEmbedder

Array = npt.NDArray[np.float64]


def auc(scores: Array, right: Array) -> float:
    """P(a right answer scores above a wrong one), ties counted half."""
    good, bad = scores[right == 1], scores[right == 0]
    if not len(good) or not len(bad):
        return float("nan")
    return float(((good[:, None] > bad[None, :]) + 0.5 * (good[:, None] == bad[None, :])).mean())


def main() -> None:
    categorizer = Categorizer(CachedEmbedder(TransformersEmbedder(), LRUEmbeddingCache()))
    parameters = categorizer.parameters
    names_all, keys_all, sources_all = [], [], []
    rows: dict[str, tuple[Array, Array]] = {}
    for source in DEVELOPMENT_HALVES:
        names, labels = labelled_names(f"{source}.csv")
        names_all += names
        keys_all += analyte_keys(names, labelled_provenances(f"{source}.csv"))
        sources_all += [source] * len(names)
        known = categorizer.score_many(names, exclude_identical=True)
        unknown = categorizer.score_many(names, leave_out=own_tests(categorizer, names, labels))
        known_x, known_y = confidence_rows(known, labels, parameters, categorizer)
        unknown_x, unknown_y = confidence_rows(unknown, labels, parameters, categorizer)
        rows[source] = (np.vstack([known_x, unknown_x]), np.concatenate([known_y, unknown_y]))
    estimate = unknown_analyte_share(categorizer, names_all, keys_all, sources_all)
    print(f"unknown analyte share (mean over the development halves' sources): {estimate.share:.4f}")
    flags = {
        source: [f for f, s in zip(estimate.unknown, sources_all, strict=True) if s == source]
        for source in DEVELOPMENT_HALVES
    }
    print(
        f"{'features':<34}{'98 %: right':>12}{'to review':>11}{'15 %: right':>12}{'to review':>11}"
        f"{'AUC unknown':>13}{'log-loss':>10}"
    )
    everything = list(range(len(CONFIDENCE_FEATURES)))
    prior = [i for i, feature in enumerate(CONFIDENCE_FEATURES) if feature.startswith("chosen_")]
    subsets = [("all", everything)]
    subsets += [
        (f"without {feature}", [i for i in everything if i != left])
        for left, feature in enumerate(CONFIDENCE_FEATURES)
        if left and left not in prior
    ]
    subsets.append(("without the category prior", [i for i in everything if i not in prior]))
    for label, columns in subsets:
        # Two rules for the threshold, both chosen on the training sources: the lowest at which
        # 98 % of the accepted names are right, and the highest sending at most 15 % to review.
        totals = {rule: [0.0, 0.0, 0.0] for rule in ("98", "15")}
        aucs, losses = [], []
        for test in DEVELOPMENT_HALVES:
            train = [source for source in DEVELOPMENT_HALVES if source != test]
            features = np.vstack([rows[source][0] for source in train])[:, columns]
            outcomes = np.concatenate([rows[source][1] for source in train])
            mix = np.concatenate([mixture_weights(flags[source], estimate.share) for source in train])
            weights = fit_logistic(features, outcomes, sample_weights=mix)
            fit = ((1 / (1 + np.exp(-(features @ weights)))).tolist(), [bool(ok) for ok in outcomes])
            thresholds = {
                "98": review_threshold_for(*fit, 0.98, mix.tolist())[0],
                "15": review_threshold_for(*fit, 1.0, mix.tolist(), max_review_share=0.15)[0],
            }
            x, y = rows[test]
            test_mix = mixture_weights(flags[test], estimate.share)
            confidence = np.clip(1 / (1 + np.exp(-(x[:, columns] @ weights))), 1e-9, 1 - 1e-9)
            for rule, threshold in thresholds.items():
                kept = confidence >= threshold
                totals[rule][0] += float(test_mix[kept].sum())
                totals[rule][1] += float(test_mix[kept & (y == 1)].sum())
                totals[rule][2] += float(test_mix.sum())
            # Unknown analytes: the rows the mix counts as such.
            real = np.array(flags[test], dtype=bool)
            is_unknown = np.concatenate([real, ~real])
            aucs.append(auc(confidence[is_unknown], y[is_unknown]))
            losses.append(
                float(
                    -np.mean(
                        y[is_unknown] * np.log(confidence[is_unknown])
                        + (1 - y[is_unknown]) * np.log(1 - confidence[is_unknown])
                    )
                )
            )
        cells = "".join(
            f"{right / accepted:>12.4f}{1 - accepted / total:>11.4f}"
            for accepted, right, total in totals.values()
        )
        print(f"{label:<34}{cells}{np.nanmean(aucs):>13.3f}{np.mean(losses):>10.3f}")


if __name__ == "__main__":
    main()
