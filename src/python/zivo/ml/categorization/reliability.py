"""Honest measurement of categorizations: names the catalogue already holds are left out, and the
confidence is checked against accuracy (what is auto-accepted must be right).

`measure` gives accuracy on names not in the catalogue, the accuracy of what is auto-accepted (not sent
to review), the share sent to review, and a reliability table (confidence bins vs accuracy);
`reliability_svg` draws that table as a reliability diagram.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from zivo.core.lab_tests.catalogue import Catalogue
from zivo.ml.categorization.decision import Categorization


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    mean_confidence: float
    accuracy: float


@dataclass(frozen=True)
class Measurement:
    total: int  # labelled names given
    in_catalogue: int  # left out: the catalogue holds them, so they say nothing about unseen names
    scored: int
    accuracy: float  # top-1 category accuracy on the scored names
    auto_accepted: int
    auto_accuracy: float  # accuracy of the names not sent to review
    review_share: float  # share of the scored names sent to review
    bins: tuple[ReliabilityBin, ...]
    # Every name, those the catalogue resolves included (what a user of the worker sees): the
    # catalogue's own resolutions can be wrong too (a name the grammar reads as another test).
    in_catalogue_right: int = 0
    all_right: int = 0
    all_auto_accepted: int = 0
    all_auto_right: int = 0

    @property
    def expected_calibration_error(self) -> float:
        if not self.scored:
            return 0.0
        return sum(b.count * abs(b.accuracy - b.mean_confidence) for b in self.bins) / self.scored


def unseen(names: Sequence[str], tests: Catalogue) -> list[bool]:
    """For each name: True when the catalogue does not hold it (by its own exact lookup)."""
    return [tests.lookup(name) is None for name in names]


def measure(
    names: Sequence[str],
    labels: Sequence[str],
    results: Sequence[Categorization],
    tests: Catalogue,
    *,
    bins: int = 10,
) -> Measurement:
    if not len(names) == len(labels) == len(results):
        raise ValueError("names, labels and results must have the same length")
    keep = unseen(names, tests)
    pairs = [(label, result) for label, result, new in zip(labels, results, keep, strict=True) if new]
    right = [label == result.category for label, result in pairs]
    auto = [ok for ok, (_, result) in zip(right, pairs, strict=True) if not result.needs_review]
    table = []
    for index in range(bins):
        low, high = index / bins, (index + 1) / bins
        members = [
            (result.confidence, ok)
            for ok, (_, result) in zip(right, pairs, strict=True)
            if low <= result.confidence < high or (index == bins - 1 and result.confidence == 1.0)
        ]
        if members:
            table.append(
                ReliabilityBin(
                    low,
                    high,
                    len(members),
                    sum(confidence for confidence, _ in members) / len(members),
                    sum(ok for _, ok in members) / len(members),
                )
            )
    every = [label == result.category for label, result in zip(labels, results, strict=True)]
    every_auto = [ok for ok, result in zip(every, results, strict=True) if not result.needs_review]
    return Measurement(
        in_catalogue_right=sum(ok for ok, new in zip(every, keep, strict=True) if not new),
        all_right=sum(every),
        all_auto_accepted=len(every_auto),
        all_auto_right=sum(every_auto),
        total=len(names),
        in_catalogue=len(names) - len(pairs),
        scored=len(pairs),
        accuracy=sum(right) / len(right) if right else 0.0,
        auto_accepted=len(auto),
        auto_accuracy=sum(auto) / len(auto) if auto else 0.0,
        review_share=(len(pairs) - len(auto)) / len(pairs) if pairs else 0.0,
        bins=tuple(table),
    )


@dataclass(frozen=True)
class CanonicalAgreement:
    """How often the canonical test of a never-seen, auto-accepted name is the one its siblings have."""

    compared: int  # never-seen auto-accepted names carrying a test, in a group whose test is known
    agreeing: int  # ... carrying the group's test
    without_test: int  # never-seen auto-accepted names of such groups that carry no test

    @property
    def agreement(self) -> float:
        return self.agreeing / self.compared if self.compared else 0.0

    def __add__(self, other: CanonicalAgreement) -> CanonicalAgreement:
        """Two lists' agreements pooled (each list's groups are its own source's analytes)."""
        return CanonicalAgreement(
            self.compared + other.compared,
            self.agreeing + other.agreeing,
            self.without_test + other.without_test,
        )


def canonical_agreement(
    names: Sequence[str],
    labels: Sequence[str],
    analytes: Sequence[str | None],
    results: Sequence[Categorization],
    tests: Catalogue,
) -> CanonicalAgreement:
    """No labelled list says which canonical test a name is, but a source's rows say which analyte each
    name names (`evaluation.labelled_analytes`): the names of one analyte and one category are one test.
    Where the catalogue resolves some of them, all to one test, that test is the group's; each never-seen,
    auto-accepted name of the group that carries a test agrees when it carries that one. An agreement, not
    an accuracy: a source's analyte may be coarser than the catalogue's tests (one "HIV" for the screen and
    the viral load, one "dengue" for its antigen and its RNA), and then a right test counts as disagreeing."""
    if not len(names) == len(labels) == len(analytes) == len(results):
        raise ValueError("names, labels, analytes and results must have the same length")
    resolved = [
        tests.lookup(name) if analyte else None for name, analyte in zip(names, analytes, strict=True)
    ]
    known: dict[tuple[str, str], set[str]] = {}
    for label, analyte, test in zip(labels, analytes, resolved, strict=True):
        if analyte and test is not None:
            known.setdefault((analyte, label), set()).add(test.id)
    compared = agreeing = without_test = 0
    for label, analyte, result, test in zip(labels, analytes, results, resolved, strict=True):
        group = known.get((analyte, label)) if analyte else None
        if group is None or len(group) != 1 or result.needs_review or test is not None:
            continue
        if result.test_id is None:
            without_test += 1
        else:
            compared += 1
            agreeing += result.test_id in group
    return CanonicalAgreement(compared, agreeing, without_test)


def format_measurement(measurement: Measurement) -> str:
    m = measurement
    lines = [
        f"names: {m.total}; in the catalogue (not scored): {m.in_catalogue}; scored: {m.scored}",
        "accuracy on names not in the catalogue: "
        f"{m.accuracy:.4f} ({round(m.accuracy * m.scored)}/{m.scored})",
        f"auto-accepted: {m.auto_accepted}, of which right: {m.auto_accuracy:.4f}",
        f"sent to review: {m.review_share:.4f} ({m.scored - m.auto_accepted}/{m.scored})",
        f"expected calibration error: {m.expected_calibration_error:.4f}",
        f"names the catalogue resolves: {m.in_catalogue}, of which right: {m.in_catalogue_right}",
        f"all names: right {m.all_right}/{m.total}; auto-accepted {m.all_auto_accepted}, of which right "
        f"{m.all_auto_right}; sent to review {m.total - m.all_auto_accepted}",
        "confidence bin   names  mean conf  accuracy",
    ]
    for b in m.bins:
        lines.append(
            f"  [{b.low:.1f}, {b.high:.1f})  {b.count:>6}  {b.mean_confidence:>9.3f}  {b.accuracy:>8.3f}"
        )
    return "\n".join(lines)


def reliability_svg(measurement: Measurement, *, title: str = "reliability") -> str:
    """A reliability diagram: one bar per confidence bin at its accuracy, the diagonal for perfect
    calibration, and each bin's name count above its bar."""
    size, margin = 320, 40
    plot = size - 2 * margin

    def x(value: float) -> float:
        return margin + value * plot

    def y(value: float) -> float:
        return size - margin - value * plot

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size + 20}" '
        f'font-family="sans-serif" font-size="10">',
        f'<text x="{size / 2}" y="14" text-anchor="middle" font-size="12">{escape(title)}</text>',
        f'<rect x="{margin}" y="{margin}" width="{plot}" height="{plot}" fill="none" stroke="#888"/>',
        f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(1)}" y2="{y(1)}" stroke="#bbb" stroke-dasharray="4 3"/>',
    ]
    for b in measurement.bins:
        left, right = x(b.low) + 1, x(b.high) - 1
        parts.append(
            f'<rect x="{left:.1f}" y="{y(b.accuracy):.1f}" width="{right - left:.1f}" '
            f'height="{y(0) - y(b.accuracy):.1f}" fill="#4a7fb5" fill-opacity="0.8">'
            f"<title>{b.low:.1f}-{b.high:.1f}: {b.count} names, accuracy {b.accuracy:.3f}</title></rect>"
        )
        parts.append(
            f'<text x="{(left + right) / 2:.1f}" y="{y(b.accuracy) - 3:.1f}" '
            f'text-anchor="middle">{b.count}</text>'
        )
    for tick in (0.0, 0.5, 1.0):
        parts.append(f'<text x="{x(tick)}" y="{size - margin + 14}" text-anchor="middle">{tick:.1f}</text>')
        parts.append(f'<text x="{margin - 4}" y="{y(tick) + 3}" text-anchor="end">{tick:.1f}</text>')
    parts.append(f'<text x="{size / 2}" y="{size - 6}" text-anchor="middle">confidence</text>')
    parts.append(
        f'<text x="12" y="{size / 2}" text-anchor="middle" '
        f'transform="rotate(-90 12 {size / 2})">accuracy</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
