from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from zivo.ml.categorization.calibration import (
    REVIEW_THRESHOLDS,
    TEMPERATURES,
    THRESHOLDS,
    WEIGHTS,
    calibrate,
    expected_calibration_error,
    fit_logistic,
    review_threshold_for,
)
from zivo.ml.categorization.decision import CONFIDENCE_FEATURES, parse_calibration
from zivo.ml.embeddings.embedder import TransformersEmbedder

# The analyte of each of the six names below (the last one names none), all from one source.
_ANALYTES: dict[str, Any] = {
    "analytes": ["creatinine", "hemoglobin", "blood group", "lipase", "free t4", None],
    "sources": ["test"] * 6,
}


def test_calibration_picks_values_from_the_grids(tiny_bert_dir: Path) -> None:
    names = ["Serum Creatinine", "Hemoglobin", "Blood Group", "Lipase", "Free T4", "Urine pH"]
    labels = ["kidney", "cbc", "other", "pancreas", "thyroid", "urine"]

    result = calibrate(TransformersEmbedder(model=tiny_bert_dir), names, labels, **_ANALYTES)

    assert result.parameters.embedding_weight in WEIGHTS
    assert result.parameters.other_threshold in THRESHOLDS
    assert result.parameters.temperature in TEMPERATURES
    assert result.parameters.review_threshold in REVIEW_THRESHOLDS
    assert 0.0 <= result.leave_name_out_accuracy <= 1.0
    assert 0.0 <= result.review_share <= 1.0


def test_review_threshold_is_the_lowest_that_makes_accepted_names_right() -> None:
    confidences = [0.95, 0.9, 0.8, 0.55, 0.5, 0.35]
    right = [True, True, True, False, True, False]
    threshold, accuracy, share = review_threshold_for(confidences, right, 0.98)
    assert 0.55 < threshold <= 0.8
    assert accuracy == 1.0
    assert share == 0.5
    # Unreachable target: the strictest threshold, honestly reported.
    threshold, accuracy, _ = review_threshold_for([1.0], [False], 0.98)
    assert threshold == REVIEW_THRESHOLDS[-1]
    assert accuracy == 0.0


def test_review_share_cap_keeps_the_threshold_within_it() -> None:
    confidences = [0.95, 0.9, 0.8, 0.55, 0.5, 0.35]
    right = [True, True, True, False, True, False]
    # 98 % right needs half of the names sent to review; a cap of about a third stops below that.
    threshold, accuracy, share = review_threshold_for(confidences, right, 0.98, max_review_share=0.34)
    assert 0.5 < threshold <= 0.55
    assert share == pytest.approx(1 / 3)
    assert accuracy == 0.75
    # A cap the target fits within changes nothing.
    assert review_threshold_for(confidences, right, 0.98, max_review_share=0.5) == review_threshold_for(
        confidences, right, 0.98
    )


def test_expected_calibration_error_is_the_weighted_gap_per_bin() -> None:
    confidences = np.array([0.95, 0.95, 0.15, 0.15])
    right = np.array([1.0, 0.0, 0.0, 0.0])
    # Bin 0.9: confidence 0.95, accuracy 0.5; bin 0.1: confidence 0.15, accuracy 0.
    assert expected_calibration_error(confidences, right, np.ones(4)) == pytest.approx((0.9 + 0.3) / 4)
    # The right name weighing three: bin 0.9 is 75 % right.
    assert expected_calibration_error(confidences, right, np.array([3.0, 1, 1, 1])) == pytest.approx(
        (abs(3 * 0.05 - 0.95) + 0.3) / 6
    )


def test_weighted_review_threshold_counts_each_name_by_its_weight() -> None:
    # One wrong name weighing as much as four right ones: 80 % right when all are accepted.
    _, accuracy, share = review_threshold_for([0.9] * 5, [True] * 4 + [False], 0.0, [1, 1, 1, 1, 4])
    assert accuracy == 0.5
    assert share == 0.0


def test_fit_logistic_recovers_a_separating_direction() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=400)
    features = np.column_stack([np.ones_like(x), x])
    outcomes = (rng.random(400) < 1 / (1 + np.exp(-(0.5 + 2.0 * x)))).astype(float)
    bias, slope = fit_logistic(features, outcomes)
    assert 1.2 < slope < 3.0
    assert -0.3 < bias < 1.3


def test_calibration_writes_the_file_the_categorizer_reads(tiny_bert_dir: Path) -> None:
    names = ["Serum Creatinine", "Hemoglobin", "Blood Group", "Lipase", "Free T4", "Urine pH"]
    labels = ["kidney", "cbc", "other", "pancreas", "thyroid", "urine"]
    result = calibrate(TransformersEmbedder(model=tiny_bert_dir), names, labels, **_ANALYTES)
    parsed = parse_calibration(result.toml())
    assert parsed == result.parameters
    assert len(parsed.confidence_weights) == len(CONFIDENCE_FEATURES)
    assert 0.0 <= result.leave_analyte_out_accuracy <= 1.0
    assert parsed.unknown_analyte_share == round(result.unknown.share, 4)


def test_calibration_needs_to_know_some_analytes(tiny_bert_dir: Path) -> None:
    with pytest.raises(ValueError, match="analyte"):
        calibrate(
            TransformersEmbedder(model=tiny_bert_dir),
            ["Lipase"],
            ["pancreas"],
            analytes=[None],
            sources=["test"],
        )
