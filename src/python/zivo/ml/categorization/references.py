"""Reference names: every name of every canonical test in the catalogue (`zivo.core.lab_tests`).

The catalogue is the only source: the categorizer compares incoming names with these, and an exact
(normalized) match is the catalogue's own lookup.
"""

from __future__ import annotations

from dataclasses import dataclass

from zivo.core.lab_tests.catalogue import Catalogue, catalogue


@dataclass(frozen=True)
class Reference:
    name: str
    test_id: str
    category: str


def reference_names(tests: Catalogue | None = None) -> tuple[Reference, ...]:
    tests = tests or catalogue()
    return tuple(Reference(name, test.id, test.category) for test in tests for name in test.names)
