from __future__ import annotations

import pytest

from zivo.ml.categorization.evaluation import Confusion, evaluate, format_report, labelled_analytes


def test_accuracy_precision_recall_and_confusions() -> None:
    expected = ["cbc", "cbc", "liver", "kidney", "kidney"]
    predicted = ["cbc", "liver", "liver", "kidney", "liver"]

    report = evaluate(expected, predicted)

    assert report.total == 5
    assert report.accuracy == pytest.approx(0.6)
    metrics = {metric.category: metric for metric in report.categories}
    assert metrics["liver"].precision == pytest.approx(1 / 3)
    assert metrics["liver"].recall == pytest.approx(1.0)
    assert metrics["cbc"].recall == pytest.approx(0.5)
    assert metrics["kidney"].support == 2
    assert set(report.confusions) == {Confusion("cbc", "liver", 1), Confusion("kidney", "liver", 1)}
    assert "thyroid" not in metrics


def test_format_report_lists_everything() -> None:
    text = format_report(evaluate(["cbc", "iron"], ["cbc", "cbc"]))
    assert "accuracy: 0.5000 (1/2)" in text
    assert "iron -> cbc: 1" in text


def test_length_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError, match="expected categories"):
        evaluate(["cbc"], [])


def test_a_sources_rows_say_their_analyte_and_the_teams_lists_none() -> None:
    # The first row of Japan's NHO development half: "... JLAC10 1A015000000127101 analyte jlac-1A015".
    analytes = labelled_analytes("nho-jp-dev.csv")
    assert analytes[0] == "jlac-1A015"
    assert all(analytes)
    assert set(labelled_analytes("lab-names-dev.csv")) == {None}
