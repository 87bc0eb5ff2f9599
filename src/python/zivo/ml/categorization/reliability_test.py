from __future__ import annotations

import pytest

from zivo.core.lab_tests.catalogue import catalogue
from zivo.ml.categorization.decision import Categorization
from zivo.ml.categorization.reliability import canonical_agreement, measure, reliability_svg


def test_catalogue_names_are_not_scored_and_review_is_counted() -> None:
    names = ["FBS", "Zq unheard test", "Xv unheard test", "Wp unheard test", "Yy unheard test"]
    labels = ["glucose", "lipid", "lipid", "cbc", "other"]
    results = [
        Categorization("cbc", 0.99, False),  # in the catalogue: left out even though wrong here
        Categorization("lipid", 0.95, False),
        Categorization("lipid", 0.91, False),
        Categorization("iron", 0.30, True),
        Categorization("other", 0.35, True),
    ]
    m = measure(names, labels, results, catalogue())
    assert (m.total, m.in_catalogue, m.scored) == (5, 1, 4)
    assert m.accuracy == pytest.approx(3 / 4)
    assert (m.auto_accepted, m.auto_accuracy) == (2, 1.0)
    assert m.review_share == pytest.approx(0.5)
    assert [(b.low, b.count, b.accuracy) for b in m.bins] == [(0.3, 2, 0.5), (0.9, 2, 1.0)]
    assert m.expected_calibration_error == pytest.approx((2 * abs(0.5 - 0.325) + 2 * abs(1.0 - 0.93)) / 4)
    # Over every name, the catalogue's wrong resolution of "FBS" (labelled glucose, said cbc) counts.
    assert (m.in_catalogue_right, m.all_right) == (0, 3)
    assert (m.all_auto_accepted, m.all_auto_right) == (3, 2)
    svg = reliability_svg(m, title="a <title>")
    assert svg.count("<rect") == 3
    assert "a &lt;title&gt;" in svg


def test_lengths_must_agree() -> None:
    with pytest.raises(ValueError, match="same length"):
        measure(["a"], [], [], catalogue())


def test_a_never_seen_names_canonical_test_is_compared_with_its_analytes_catalogue_test() -> None:
    tests = catalogue()
    glucose = tests.lookup("Glucose")
    hdl = tests.lookup("HDL")
    assert glucose is not None
    assert hdl is not None
    rows = [
        # name, label, analyte (the source's), result
        ("Glucose", "glucose", "glu", Categorization("glucose", 1.0, False, glucose.id)),  # the group's test
        (
            "Zq unheard glucose",
            "glucose",
            "glu",
            Categorization("glucose", 0.99, False, glucose.id),
        ),  # agrees
        ("Xq unheard glucose", "glucose", "glu", Categorization("glucose", 0.99, False, "glucose_fasting")),
        (
            "Wq unheard glucose",
            "glucose",
            "glu",
            Categorization("glucose", 0.4, True),
        ),  # to review: not counted
        ("Vq unheard glucose", "glucose", "glu", Categorization("glucose", 0.99, False)),  # no test
        ("Uq unheard glucose", "glucose", None, Categorization("glucose", 0.99, False, "hdl")),  # no analyte
        ("Tq unheard lipid", "lipid", "chol", Categorization("lipid", 0.99, False, hdl.id)),  # no known test
        # One analyte, two categories: two groups (a source's "albumin" in serum and in urine).
        ("Sq unheard glucose", "kidney", "glu", Categorization("kidney", 0.99, False, "urine_albumin")),
    ]
    names, labels, analytes, results = (list(column) for column in zip(*rows, strict=True))
    agreement = canonical_agreement(names, labels, analytes, results, tests)
    assert (agreement.compared, agreement.agreeing, agreement.without_test) == (2, 1, 1)
    assert agreement.agreement == pytest.approx(0.5)
    with pytest.raises(ValueError, match="same length"):
        canonical_agreement(names, labels, analytes[:-1], results, tests)
