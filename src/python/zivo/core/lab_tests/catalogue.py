"""The canonical lab-test catalogue (catalogue.toml): loaded and validated once, then looked up by name.

Each canonical test has one id (`glucose_fasting`), a taxonomy category, its LOINC code where one exists,
a specimen, a canonical unit with the other units it converts from, and every name labs print for it.
Validation fails on the first bad row and names it: a synonym claimed by two tests, an unknown category
or specimen, a LOINC code whose check digit is wrong, a unit pint cannot read or that cannot be converted
to the test's canonical unit.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import tomllib
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

from zivo.core.lab_tests.loinc import codes_in, valid_loinc
from zivo.core.lab_tests.names import BLOOD, PRINTED_FLAG, Grammar, grammar, name_key, normalize_name
from zivo.core.lab_tests.scripts import UNSPACED
from zivo.core.lab_tests.units import to_canonical
from zivo.core.lab_values import printed_result
from zivo.core.lazy import Lazy
from zivo.core.taxonomy import CATEGORY_IDS

SPECIMENS = frozenset({"blood", "urine", "csf", "stool", "semen", "fluid", "any", "none"})
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
# A parenthesized part of a name (no nesting): a gloss, a method or a specimen.
# Full-width parentheses too, as Chinese and Japanese reports print them ("ALT（GPT）").
PARENTHESIS_RE = re.compile(r"[(（]([^()（）]*)[)）]")
# Two names of one test printed side by side, a slash with spaces around it between ("Hematocrit / PCV",
# "SGPT / ALT"); without the spaces a slash joins two analytes ("B12/Folate") or a ratio's
# ("Albumin/Creatinine").
_ALTERNATIVES_RE = re.compile(r"\s+/\s+")
# A word in a script written without spaces (Chinese, Japanese, Korean, Thai): half of a name glossed in Latin
# letters beside it ("肌酸酐 CRE").
_UNSPACED_WORD_RE = re.compile(f"[{UNSPACED}]")
# A value printed without a unit after a test's name ("INR 1.1", "Urine pH 6.0", "Specific gravity 1.015"): a
# number with decimals ending the name, or before its range (`Catalogue.lookup_unitless_value`).
_UNITLESS_VALUE_RE = re.compile(
    rf"^(?P<name>.*[^\W\d_].*?)\s*[:=]?\s+[<>]?\d+[.,]\d+{PRINTED_FLAG}"
    # the reference range printed after it, in brackets or not ("INR 1.05 0.8-1.2", "Urine pH 6.0 (5.0-8.0)")
    r"(?:\s+\(?[<>]?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\)?)?\s*$",
    re.IGNORECASE,
)
# Where a result printed as a word after a name may begin: a space or a colon ("HBsAg: Not detected").
_RESULT_WORD_START_RE = re.compile(r"\s*:\s*|\s+")
# Between a panel's name and one of its results: "CBC: Hemoglobin", "LFT - Total Bilirubin", "TFT | TSH".
_PANEL_SEPARATOR_RE = re.compile(r"\s*(?::|\s[-–—]+\s|\|)\s*")
# "Brucella Antibody" is the Brucella test without its optional word, but an antibody against a blood cell
# ("Platelets AB", "Leukozyten-AK") is no count of the cell: "antibody" is never left out down to a count.
_ANTIBODY = "antibody"
_CELL_COUNTS = "cbc"
# How many optional words `lookup_key` leaves out in every combination before it leaves out all.
_MOST_OPTIONAL_WORDS = 4
# A panel's own specimen, which its results are measured in ("Urine Routine - Glucose" is urine glucose).
_OWN_SPECIMENS = frozenset({"urine", "stool", "semen", "csf", "fluid"})
_FIELDS = frozenset(
    {
        "category",
        "specimen",
        "loinc",
        "unit",
        "units",
        "affine",
        "molar_mass",
        "valence",
        "per",
        "unit_variants",
        "names",
    }
)


class CatalogueError(ValueError):
    """The catalogue file is invalid; the message names the test (row) and the field."""


@dataclass(frozen=True)
class LabTest:
    id: str
    category: str
    specimen: str
    names: tuple[str, ...]
    loinc: str | None = None
    unit: str | None = None
    units: tuple[str, ...] = ()
    molar_mass: float | None = None
    valence: int | None = None
    # (unit, scale, offset): value in `unit` -> scale * value + offset in `unit` (HbA1c: IFCC -> NGSP).
    affine: tuple[tuple[str, float, float], ...] = ()
    # The same analyte reported in another kind of unit, under the same names ("Neutrophils" in % or
    # in 10^3/uL): a result whose unit converts to a variant's unit and not to this test's is the variant.
    unit_variants: tuple[str, ...] = ()
    # A ratio to another analyte ("mg/g" of creatinine): the test whose molar mass converts the ratio's
    # denominator between moles and grams (a UACR in mg/mmol and in mg/g), and that molar mass, resolved.
    per: str | None = None
    per_molar_mass: float | None = None


class Catalogue:
    """The tests, and an index from every normalized name (order-free key) to its test."""

    def __init__(self, tests: tuple[LabTest, ...], rules: Grammar | None = None) -> None:
        self.tests = tests
        self.grammar = rules or grammar()
        self.by_id: dict[str, LabTest] = {test.id: test for test in tests}
        self.by_key: dict[str, LabTest] = {}
        self.by_loinc: dict[str, LabTest] = {}
        # Tests of another specimen with a name that says blood itself ("occult blood", "serum ascites
        # albumin gradient"): a name saying blood may still be one of them (`lookup_key`).
        self._named_with_blood: set[str] = set()
        # The specimen words a normalized name keeps ("urine", "csf"): the ids of [specimens].
        self._specimen_words = frozenset(self.grammar.specimens.values())
        for test in tests:
            for name in (*test.names, test.id.replace("_", " ")):
                normalized = normalize_name(name, self.grammar)
                key = normalized.key
                if normalized.specimen == BLOOD:
                    self._named_with_blood.add(test.id)
                if not key:
                    raise CatalogueError(f"test {test.id!r}: name {name!r} is empty once normalized")
                owner = self.by_key.setdefault(key, test)
                if owner is not test:
                    raise CatalogueError(
                        f"test {test.id!r}: name {name!r} is also a name of {owner.id!r} "
                        f"(both normalize to {key!r})"
                    )
            if test.loinc is not None:
                self.by_loinc.setdefault(test.loinc, test)

    def __iter__(self) -> Iterator[LabTest]:
        return iter(self.tests)

    def __len__(self) -> int:
        return len(self.tests)

    def lookup(self, name: str) -> LabTest | None:
        """The test a name is, by exact (normalized, order-free) match: an id, a LOINC code or any name, else
        the LOINC code it prints among other words (`lookup_loinc_in`)."""
        stripped = self.without_panel(name.strip())
        if stripped in self.by_id:
            return self.by_id[stripped]
        if stripped in self.by_loinc:
            return self.by_loinc[stripped]
        normalized = normalize_name(stripped, self.grammar)
        return (
            self.lookup_key(normalized.key, normalized.specimen)
            or self.lookup_glossed(stripped)
            or self.lookup_alternatives(stripped)
            or self.lookup_loinc_in(stripped)
            or self.lookup_unitless_value(stripped)
            or self.lookup_result_word(stripped)
        )

    def lookup_unitless_value(self, name: str) -> LabTest | None:
        """The test a name is when a value without a unit follows it ("INR 1.1", "Urine pH 6.0"): a number
        with decimals after a name the catalogue knows, when no catalogue name that shares a word with it
        holds its numbers: those are the name's ("Vitamin D 1,25" is not the 25-OH vitamin D with a value).
        A value with a unit is read apart by the normalizer."""
        if "." not in name and "," not in name:  # most names hold no decimal and skip the pattern
            return None
        match = _UNITLESS_VALUE_RE.match(name)
        if match is None:
            return None
        numbers = Counter(re.findall(r"\d+", name[match.end("name") :]))
        words = normalize_name(match["name"], self.grammar).key.split()
        if any(numbers <= held for word in words for held in self._numbers_in_names.get(word, ())):
            return None
        return self.lookup(match["name"])

    def lookup_result_word(self, name: str) -> LabTest | None:
        """The test a name is when a result printed as a word follows it ("Urine Protein Negative", "HBsAg:
        Non-Reactive", "Urine Glucose Nil", "Urine Albumin Trace"; ranges.toml's negative, positive and
        semi-quantitative words, `lab_values.printed_result`): the test of the name before it, when the
        catalogue does not know the whole name ("TB Antigen minus Nil", "Protein induced by vitamin K
        absence" are names)."""
        words = _RESULT_WORD_START_RE.split(name.strip())
        for cut in range(min(len(words) - 1, 3), 0, -1):  # "Not detected" before "detected"
            if printed_result(" ".join(words[-cut:])):
                return self.lookup(" ".join(words[:-cut]))
        return None

    @cached_property
    def _numbers_in_names(self) -> dict[str, tuple[Counter[str], ...]]:
        """For each word of a catalogue name that holds numbers, the numbers of each such name."""
        held: dict[str, list[Counter[str]]] = {}
        for key in self.by_key:
            if numbers := re.findall(r"\d+", key):
                for word in key.split():
                    held.setdefault(word, []).append(Counter(numbers))
        return {word: tuple(counts) for word, counts in held.items()}

    def lookup_loinc_in(self, name: str) -> LabTest | None:
        """The test of the LOINC code a name prints ("718-7", "2345-7^GLU^LN", "Glucose (LOINC 2345-7)"),
        when the catalogue gives that code to a test and the name prints no code of another test. Its
        words come first: the code names the test only when they do not (`lookup`)."""
        known = {self.by_loinc[code].id for code in codes_in(name) if code in self.by_loinc}
        return self.by_id[known.pop()] if len(known) == 1 else None

    def without_panel(self, name: str) -> str:
        """A result's name printed after its panel's ("CBC: Hemoglobin", "Liver Function Test - Total
        Bilirubin", "Urine Routine - Glucose"): the result's own name, with the panel's specimen where the
        panel has one of its own, when the catalogue knows that name. A panel is a test whose id ends in
        `_panel`; any other name is returned as it is ("Glucose - PP (2 hrs)")."""
        parts = _PANEL_SEPARATOR_RE.split(name, maxsplit=1)
        if len(parts) != 2:
            return name
        panel_key = normalize_name(parts[0], self.grammar).key
        panel = self.lookup_key(panel_key)
        if panel is None or not panel.id.endswith("_panel"):
            return name
        result = parts[1].strip()
        # "CBC - Result", "Lipid profile: value": what follows says what kind of entry it is, not which
        # result (the whole name is the panel, read again without the word).
        result_words = normalize_name(result, self.grammar).key.split()
        if all(word in self.grammar.optional for word in result_words):
            return name
        # A result the grammar reads otherwise beside its panel's words ("Blood gas - Lac": the lactate, not
        # the lupus anticoagulant "Lac" alone is): the whole name, read together.
        beside_panel = set(normalize_name(name, self.grammar).key.split()) - set(panel_key.split())
        if beside_panel and beside_panel != set(result_words):
            return name
        if panel.specimen in _OWN_SPECIMENS:
            result = f"{panel.specimen} {result}"
        # Only a result the catalogue knows by name: otherwise the panel's name stays, as context for the
        # categorizer's meaning step ("Urine microscopy: orgs/FB's").
        known = self.lookup_key(normalize_name(result, self.grammar).key) or self.lookup_glossed(result)
        return result if known is not None else name

    def for_unit(self, test: LabTest, unit: str | None) -> LabTest:
        """The test a result of `test` with this unit is: one of its `unit_variants` when the unit converts
        to that variant's unit and not to the test's own ("Neutrophils" 4.2 x10^3/uL is the absolute
        count, not the percentage); otherwise `test`."""
        if unit is None or not test.unit_variants or to_canonical(test, 1.0, unit) is not None:
            return test
        for variant in test.unit_variants:
            if to_canonical(self.by_id[variant], 1.0, unit) is not None:
                return self.by_id[variant]
        return test

    def lookup_glossed(self, name: str) -> LabTest | None:
        """A name glossed with a synonym in parentheses ("T4 (Thyroxine)", "CK-MB (Mass)" is not one): the
        test both parts name, when the outer part and at least one parenthesized part are names of the
        same test and no parenthesized part names another test or another specimen."""
        if "(" not in name and "（" not in name:
            return None
        glosses = PARENTHESIS_RE.findall(name)
        if not glosses:
            return None
        outer_name = normalize_name(PARENTHESIS_RE.sub(" ", name), self.grammar)
        outer = self.lookup_key(outer_name.key)
        if outer is None:
            return None
        agrees = False
        for gloss in glosses:
            normalized = normalize_name(gloss, self.grammar)
            if normalized.specimen not in (None, outer_name.specimen):
                return None
            named = self.lookup_key(normalized.key) if normalized.key else None
            if named is not None and named is not outer:
                return None
            agrees = agrees or named is outer
        return outer if agrees else None

    def lookup_alternatives(self, name: str) -> LabTest | None:
        """A name that is two or more names of one test apart ("Hematocrit / PCV"): that test, when every
        part names it (in the whole name's specimen)."""
        parts = _ALTERNATIVES_RE.split(name.strip())
        if len(parts) < 2:
            return None
        specimen = normalize_name(name, self.grammar).specimen
        named = {self.lookup_key(normalize_name(part, self.grammar).key, specimen) for part in parts}
        return named.pop() if len(named) == 1 else None

    def lookup_bilingual(self, name: str) -> LabTest | None:
        """A name printed in Chinese, Japanese or Korean and glossed in Latin letters without brackets, as
        Taiwanese and Chinese reports print an analyte and its abbreviation side by side ("麩草轉胺酶 GOT",
        "肌酸酐 CRE", "GOT 麩草轉胺酶"): the test both halves name, when each half, read whole, names the same
        test (in the whole name's specimen)."""
        words = name.split()
        scripted = [_UNSPACED_WORD_RE.search(word) is not None for word in words]
        # One run of words in the script and one of words in Latin letters alone, either first.
        if len(words) < 2 or sum(1 for a, b in itertools.pairwise(scripted) if a != b) != 1:
            return None
        if not all(word.isascii() for word, script in zip(words, scripted, strict=True) if not script):
            return None
        cut = scripted.index(not scripted[0])
        specimen = normalize_name(name, self.grammar).specimen
        named = set()
        for half in (" ".join(words[:cut]), " ".join(words[cut:])):
            normalized = normalize_name(half, self.grammar)
            if normalized.unread or not normalized.key:
                return None
            named.add(self.lookup_key(normalized.key, normalized.specimen or specimen))
        return named.pop() if len(named) == 1 else None

    def lookup_gloss_only(self, name: str) -> LabTest | None:
        """A name partly unread, glossed in words read ("Глюкоза (Glucose)", "Գլյուկոզ (Glucose)"): the
        test its parenthesized parts name, when each that names one names the same and none is unread."""
        found: set[str] = set()
        for gloss in PARENTHESIS_RE.findall(name):
            normalized = normalize_name(gloss, self.grammar)
            if normalized.unread:
                return None
            named = self.lookup_key(normalized.key) if normalized.key else None
            if named is not None:
                found.add(named.id)
        return self.by_id[found.pop()] if len(found) == 1 else None

    def lookup_key(self, key: str, specimen: str | None = None) -> LabTest | None:
        """The test of a key, or of the key without the fewest `optional` words that makes it a name.

        A name that says blood (`specimen`, as the normalizer read it) is no test measured in a specimen of
        its own: "Ketones, Blood" and "Nitrite Bld" share their words with the urine dipstick's, which the
        key leaves the blood out of, yet are not it (unless the test has a name saying blood itself).

        "Hematocrit %" and "Platelet count value" add a word that qualifies without naming a test. Fewest
        first: "Absolute neutrophil count result" is the absolute count ("result" left out), not the
        percentage all three optional words left out would give; "Mono test result" is the infectious
        mononucleosis test, not the monocytes. When two tests are found leaving out as many words, the
        name is not known exactly (the categorizer reads it by meaning).

        A urine name with its collection period ("Urine Dopamine 24h", "Norepinephrine 24 hr U") is the urine
        test without it when the catalogue has no test named with the period ("24 hour urine protein" is).

        An antibody named by its antigen and immunoglobulin class alone ("P-SRP IgG", "P-PL-7 IgG": the
        grammar's `antibody_classes`) is the antigen's antibody when no catalogue name has the class.

        An allergen printed with its code and without "IgE" ("F13 Peanut", "Milk (F2)": the grammar's
        `[allergy] codes`) is the allergen's test when the catalogue names the allergen with an allergy word
        ("peanut ige"); "F13" alone is factor XIII, and "T3 Uptake" no allergen.
        """
        test = self.lookup_words(key)
        words = key.split()
        if test is None and (singular := name_key(" ".join(_singular(word) for word in words))) != key:
            # "Neutrophils antibody", "Platelets antibody": a name's plural where the catalogue names one.
            test = self.lookup_words(singular)
        if (
            test is None
            and not self.grammar.antibody_classes.isdisjoint(words)
            and self._names_antigen(words)
        ):
            classless = {"antibody" if word in self.grammar.antibody_classes else word for word in words}
            test = self.lookup_words(" ".join(sorted(classless)))
        if test is None and len(words) > 1:
            test = self._coded_allergen(words)
        if test is None:
            if "urine" not in words or "hour" not in words:
                return None
            untimed = [word for word in words if word not in self.grammar.timed_collection]
            test = self.lookup_words(" ".join(untimed)) if len(untimed) > 1 else None
        if (
            test is not None
            and specimen == BLOOD
            and test.specimen in _OWN_SPECIMENS
            and test.id not in self._named_with_blood
        ):
            return None
        return test

    def _coded_allergen(self, words: list[str]) -> LabTest | None:
        """The allergy test a key of one allergen code and an allergen names (`lookup_key`), or None."""
        uncoded = [word for word in words if not self.grammar.allergen_code.match(word)]
        if len(uncoded) != len(words) - 1:
            return None
        for word in self.grammar.allergy:
            test = self.by_key.get(" ".join(sorted({*uncoded, word})))
            if test is not None:
                return test
        return None

    def _names_antigen(self, words: list[str]) -> bool:
        """Whether a key's words name something besides an immunoglobulin class, a specimen and optional
        words: "U-Immunglobulin G" ("urine igg") is the immunoglobulin, no antibody of the urine."""
        grammar = self.grammar
        return any(
            word not in grammar.antibody_classes
            and word not in grammar.optional
            and word not in grammar.specimens
            and word not in self._specimen_words
            for word in words
        )

    def lookup_words(self, key: str) -> LabTest | None:
        """The test of a key, or of the key without the fewest `optional` words (`lookup_key`)."""
        test = self.by_key.get(key)
        if test is not None:
            return test
        words = key.split()
        optional = [word for word in words if word in self.grammar.optional]
        if not optional:
            return None
        # Beyond a few optional words, only all of them left out (the combinations grow quickly, and
        # a name of five qualifiers and one analyte is that analyte's).
        counts = range(1, len(optional) + 1) if len(optional) <= _MOST_OPTIONAL_WORDS else (len(optional),)
        for count in counts:
            # Never down to a word that says a row is a test: "complete blood test" is no report's `Test`.
            found = {
                candidate.id: candidate
                for left_out in itertools.combinations(optional, count)
                if (kept := " ".join(word for word in words if word not in left_out))
                not in self.grammar.test_words
                and (candidate := self.by_key.get(kept))
                and not (_ANTIBODY in left_out and candidate.category == _CELL_COUNTS)
            }
            if found:
                return found.popitem()[1] if len(found) == 1 else None
        return None


def _singular(word: str) -> str:
    """An English plural's singular ("neutrophils" neutrophil, "bodies" body); any other word as it is
    ("rhesus", "analysis", "glass", short words and codes)."""
    if len(word) <= 4 or not word.isalpha() or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _row(test_id: str, fields: Mapping[str, Any]) -> LabTest:
    def fail(message: str) -> CatalogueError:
        return CatalogueError(f"test {test_id!r}: {message}")

    if not _ID_RE.match(test_id):
        raise fail("id must be lowercase letters, digits and underscores")
    unknown = set(fields) - _FIELDS
    if unknown:
        raise fail(f"unknown field(s) {sorted(unknown)}")
    category = fields.get("category")
    if category not in CATEGORY_IDS:
        raise fail(f"unknown category {category!r}; known: {', '.join(sorted(CATEGORY_IDS))}")
    specimen = fields.get("specimen")
    if specimen not in SPECIMENS:
        raise fail(f"unknown specimen {specimen!r}; known: {', '.join(sorted(SPECIMENS))}")
    names = fields.get("names")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
        raise fail("names must be a non-empty list of non-empty strings")
    loinc = fields.get("loinc")
    if loinc is not None and (not isinstance(loinc, str) or not valid_loinc(loinc)):
        raise fail(f"loinc {loinc!r} is not a LOINC code with a valid check digit")
    unit = fields.get("unit")
    units = fields.get("units", [])
    if unit is None and units:
        raise fail("units without a canonical unit")
    if not isinstance(units, list) or not all(isinstance(u, str) for u in units):
        raise fail("units must be a list of strings")
    affine = fields.get("affine", {})
    if affine and unit is None:
        raise fail("affine without a canonical unit")
    if not isinstance(affine, dict) or not all(
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in pair)
        for pair in affine.values()
    ):
        raise fail("affine must map a unit to [scale, offset]")
    molar_mass = fields.get("molar_mass")
    if molar_mass is not None and (not isinstance(molar_mass, (int, float)) or molar_mass <= 0):
        raise fail(f"molar_mass must be a positive number of g/mol, got {molar_mass!r}")
    valence = fields.get("valence")
    if valence is not None and (not isinstance(valence, int) or valence < 1):
        raise fail(f"valence must be a positive integer, got {valence!r}")
    variants = fields.get("unit_variants", [])
    if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
        raise fail("unit_variants must be a list of test ids")
    if variants and unit is None:
        raise fail("unit_variants without a canonical unit")
    per = fields.get("per")
    if per is not None and (not isinstance(per, str) or unit is None):
        raise fail("per must name the test of a ratio's denominator, with a canonical unit")
    return LabTest(
        id=test_id,
        category=category,
        specimen=specimen,
        names=tuple(" ".join(name.split()) for name in names),
        loinc=loinc,
        unit=unit,
        units=tuple(units),
        affine=tuple((source, float(scale), float(offset)) for source, (scale, offset) in affine.items()),
        molar_mass=float(molar_mass) if molar_mass is not None else None,
        valence=valence,
        unit_variants=tuple(variants),
        per=per,
    )


def _with_denominators(tests: tuple[LabTest, ...]) -> tuple[LabTest, ...]:
    """Each ratio's `per` resolved to its denominator's molar mass (one place for creatinine's)."""
    by_id = {test.id: test for test in tests}
    resolved = []
    for test in tests:
        if test.per is not None:
            denominator = by_id.get(test.per)
            if denominator is None or denominator is test or denominator.molar_mass is None:
                raise CatalogueError(
                    f"test {test.id!r}: per {test.per!r} is not another test with a molar_mass"
                )
            test = dataclasses.replace(test, per_molar_mass=denominator.molar_mass)
        resolved.append(test)
    return tuple(resolved)


def _checked_units(test: LabTest) -> LabTest:
    # Imported here: pint's registry is built on first use, never at import.
    from zivo.core.lab_tests.units import UnitError, check_units

    try:
        check_units(test)
    except UnitError as error:
        raise CatalogueError(f"test {test.id!r}: {error}") from error
    return test


def parse_catalogue(text: str, rules: Grammar | None = None) -> Catalogue:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"catalogue is not valid TOML: {error}") from error
    if data.get("version") != 1:
        raise CatalogueError(f"unsupported catalogue version {data.get('version')!r}")
    tests = data.get("tests")
    if not isinstance(tests, dict) or not tests:
        raise CatalogueError("catalogue has no [tests.<id>] tables")
    rows = _with_denominators(tuple(_row(test_id, fields) for test_id, fields in tests.items()))
    parsed = _with_unit_variants(tuple(_checked_units(test) for test in rows))
    missing = CATEGORY_IDS - {test.category for test in parsed}
    if missing:
        raise CatalogueError(f"no test in categories {sorted(missing)}")
    return Catalogue(parsed, rules)


def _with_unit_variants(tests: tuple[LabTest, ...]) -> tuple[LabTest, ...]:
    """`unit_variants` both ways (written on one side), checked: a variant is another test with a unit,
    and no unit converts to both, so a result's unit picks at most one."""
    by_id = {test.id: test for test in tests}
    pairs: dict[str, set[str]] = {test.id: set() for test in tests}
    for test in tests:
        for variant in test.unit_variants:
            other = by_id.get(variant)
            if other is None or other is test:
                raise CatalogueError(f"test {test.id!r}: unit variant {variant!r} is not another test")
            if other.unit is None:
                raise CatalogueError(f"test {test.id!r}: unit variant {variant!r} has no unit")
            if to_canonical(other, 1.0, test.unit) is not None:
                raise CatalogueError(
                    f"test {test.id!r}: its unit {test.unit!r} converts to {variant!r}'s too: a result's "
                    "unit could not tell them apart"
                )
            pairs[test.id].add(variant)
            pairs[variant].add(test.id)
    return tuple(dataclasses.replace(test, unit_variants=tuple(sorted(pairs[test.id]))) for test in tests)


def _packaged() -> Catalogue:
    text = resources.files("zivo.core.lab_tests").joinpath("catalogue.toml").read_text(encoding="utf-8")
    return parse_catalogue(text)


# Loading takes seconds (every name normalized, every row validated): threads that ask while it loads wait
# for the one load (the API starts it in the background, `zivo.api.app`), never load it again.
_PACKAGED: Lazy[Catalogue] = Lazy(_packaged)


def catalogue() -> Catalogue:
    """The packaged catalogue, loaded and validated once per process on first use."""
    return _PACKAGED.get()


def catalogue_loaded() -> bool:
    """Whether the packaged catalogue is loaded (without loading it): the API's /readyz reports it."""
    return _PACKAGED.built
