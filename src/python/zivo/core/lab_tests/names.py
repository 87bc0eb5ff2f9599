"""Lab-test names as labs print them -> one normalized form, so that two spellings of one test agree.

Reads the grammar labs use around an analyte (grammar.toml): specimens, including LOINC systems
(`Ser`, `SerPl`, `Bld`, `Ur`, `UA`, `CSF`, `PPP`), LOINC properties and scales (`mCnc`, `sCnc`, `Qn`, `Ql`,
`Titr`), LOINC long-name brackets and "by <method>" tails, hospital codes with specimen suffixes
(`WBC:UA`), prefixes such as "S." or "Serum", methods, units, a result printed after the name
("Hemoglobin 13.5 g/dL (12-15.5) H"), British spellings and generic abbreviations. Both catalogue names
and incoming names go through `normalize_name`, so a rewrite only has to make two spellings of one test
agree; it never has to produce a "correct" name.

Names in Cyrillic, Greek, Arabic, Chinese, Japanese and Korean are read by the words of scripts.toml
(`zivo.core.lab_tests.scripts`). A word of any script left unread is set aside (`unread`), never dropped
silently: the name is then never known exactly.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources

from zivo.core.lab_tests import loinc
from zivo.core.lab_tests.scripts import NO_SCRIPT_WORDS, UNSPACED, ScriptWords, any_rule, parse_script_words
from zivo.core.lab_values import lab_unit

BLOOD = "blood"
# A name that says "urine" is about urine even if it also says "serum".
# The fewest letters of an `optional` word cut short that are still read as it (`Grammar.optional_cut`).
_CUT_OPTIONAL_LETTERS = 5
_SPECIMEN_PRIORITY = ("semen", "stool", "urine", "csf", "fluid", "sputum", BLOOD)

_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
# Any script's letters and digits stay words; other signs split them. Thai writes its vowels above and below
# and its tone marks as marks, not letters: they are a word's parts.
_THAI_MARKS = frozenset(chr(code) for code in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))
# So do the scripts of India, Nepal and Sri Lanka (Devanagari to Sinhala): a vowel after a consonant, the
# virama that joins two, the nasal dot are marks; "हीमोग्लोबिन" (hemoglobin) is one word, not five pieces.
# Not the dandas that end a sentence.
_INDIC_MARKS = "\u0900-\u0963\u0966-\u0dff"
_NON_WORD_RE = re.compile(f"(?:(?![{''.join(sorted(_THAI_MARKS))}{_INDIC_MARKS}])[\\W_])+")
_GREEK_SIGNS = {
    "µ": "u",
    "μ": "u",
    "γ": " gamma ",
    "Γ": " gamma ",
    "β": " beta ",
    "Β": " beta ",
    "α": " alpha ",
}
_GREEK_SIGN_RE = re.compile("(?<![\u0370-\u03ff\u1f00-\u1fff])[µμγΓβΒα](?![\u0370-\u03ff\u1f00-\u1fff])")
# A list number before the name, as a report or its extracted text numbers rows ("1. Iron", "12) Sodium");
# not a number that is part of the name ("1.25-Dihydroxy", "17-OH progesterone", "24 hour urine").
_LIST_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*[.)]\s+(?=\S)")
# An item code before the name, as a fee schedule, an order catalogue or an export numbers its rows
# ("09005C 血糖", "80053 Comprehensive metabolic panel", "CPT 82947: Glucose"): five digits or more (a
# letter may end them), then a space or a sign, then a letter. Not a year ("2019 nCoV RNA"), a quantity
# ("10000 IU", "25000 mL urine"), nor a code that begins with a letter: that may be a name ("U-47700", an
# opioid).
_ITEM_CODE_RE = re.compile(
    r"^\s*(?:(?:cpt|code|item)\s*[:#]?\s*)?\d{5,}[a-z]?(?:\s*[:|]\s*|\s+[-–]?\s*)"
    r"(?=[^\W\d_])(?!(?:mg|ml|l|g|h|hrs?|hours?|mins?|minutes?|u|iu|units?)\b)",
    re.IGNORECASE,
)
# (labs118) ... and the code Korea's health-insurance schedule (HIRA's EDI codes) gives a specimen test,
# printed before its name by hospital systems ("C3711 크레아티닌", "B2570 일반혈액검사", "C2411 AST"): a
# capital B, C or D (the schedule's specimen-test chapters), four digits, up to three more characters, then a
# space and a letter. Capital only: "u47700" is a name.
_EDI_CODE_RE = re.compile(r"^\s*[BCD]\d{4}[0-9A-Z]{0,3}\s+(?=[^\W\d_])")
# An HL7 coded element, "code^text^coding system" ("2345-7^Glucose^LN", "GLU^Glucose^L"): its text.
_HL7_CODED_RE = re.compile(r"^[^^]*\^([^^]+)\^[^^]*$")
# A reference range of whole numbers ending the name after a word of four letters or more ("Glucose 70-110",
# "Sodium 135-145"): its low bound below its high one, which is 10 or more. Not after a shorter word ("CA
# 27-29", "PTH 1-84", VistA's "EC 6-30") nor a small pair ("IGFBP 1-3").
_BARE_RANGE_RE = re.compile(r"(?<=[^\W\d_]{4})\s+(\d+)\s*[-–]\s*(\d+)\s*$")
# French and Italian articles and prepositions elided before a vowel ("LARVES D'ANGUILLULES", "DOSAGE DE
# L'ACTIVITE", "QU'UN"): the letter left alone would read as a word ("d": vitamin D, D-dimer). Only
# joined to the next word's letter by an apostrophe; "dell'", "all'", "nell'" are stop words; "d'un(e)" is
# the grammar's phrase.
_ELISION_RE = re.compile(r"(?<![\w'’])(?:[dDlL]|[qQ][uU])['’](?=[^\W\d_])(?![uU][nN][eE]?\b)")
# Portuguese and Spanish prepositions abbreviated with a slash and a space (Brazil's SIGTAP: "TESTE
# TREPONEMICO P/ DETECÇÃO", "ANTIBIOGRAMA C/ CONCENTRACAO", "S/" sem): "para", "com"/"con",
# "sem"/"sin", not a vitamin C or a phosphorus "P". Not before a letter ("C/S" is culture and sensitivity).
_SLASH_PREPOSITION_RE = re.compile(r"(?<![\w/])[CcPpSs]/(?=\s|$)")
# "S.G." is specific gravity, so a one-letter word after the dot is not a name being prefixed.
_LEADING_S_RE = re.compile(r"^\s*(?:s|sr|p)\s*\.\s*(?![a-z]\b)", re.IGNORECASE)
# US reference laboratories' "w/" and "w/o" ("CBC w/Diff/Plt", "Hemoglobin A1c w/o eAG", "TSH w/Reflex to
# Free T4"): "with" and "without" as a word of their own, before the slash is a space ("W Equin Enceph" is
# western).
_WITH_RE = re.compile(r"(?<![^\s,(])[Ww]/([Oo]\b)?")
# "M.C.H.", "S.G.P.T", "R. B. C.": one letter, a dot, repeated; "L.H", "P.T": two letters, one dot.
_DOTTED_RE = re.compile(r"\b[A-Za-z]\.(?:\s?[A-Za-z]\.)+(?:\s?[A-Za-z]\b)?|\b[A-Za-z]\.[A-Za-z]\b")
# "C E A", "P T H": three or more capitals standing alone, one space apart, spell one abbreviation.
_SPACED_CAPITALS_RE = re.compile(r"\b[A-Z](?: [A-Z]){2,}\b")
# LOINC long names: "[Mass/volume]" is the property; " by <method>" (not inside brackets) is the method.
# A bracket of Japanese or Chinese words is no property but the specimen NHO Japan writes there
# ("蛋白定量[尿]", "ヘモグロビン[便]", "蛋白定量[穿刺液]"): it stays, read as words.
_BRACKET_RE = re.compile(f"\\[[^\\]{UNSPACED}]*\\]")
_DISPLAY_SYSTEM_RE = re.compile(r"\(([SU])\)")
_BY_METHOD_RE = re.compile(r"\s+by\s+[^()\[\]]*$", re.IGNORECASE)
# ... also without a bracketed property: "INR in Platelet poor plasma by Coagulation assay".
_LONG_NAME_SYSTEM_RE = re.compile(
    r"\bin\s+(?:serum|plasma|blood|urine|platelet poor plasma|arterial blood|venous blood|capillary blood|"
    r"cord blood|red blood cells|leukocytes|cerebrospinal fluid|body fluid|stool|[a-z]+ fluid)\b",
    re.IGNORECASE,
)
# ... unless the method says what kind of test it is ("Bacteria identified in Urine by Culture").
_KIND_OF_TEST_RE = re.compile(r"\bby\b.*\b(?:culture|naa|pcr|probe|stain|smear|microscopy)\b", re.IGNORECASE)
# ... and with a bracketed property, a culture or a stain: "Bacteria [Presence] in Urine by Culture" is the
# culture, not the sediment's bacteria; "Microscopic observation [Identifier] in Specimen by Gram stain" the
# Gram stain. Not the other kinds: beside a property "by Light microscopy" or "by NAA" adds nothing the
# analyte's words do not say (kept, they blurred the smear and sediment findings).
_CULTURE_OR_STAIN_RE = re.compile(r"\bby\b.*\b(?:culture|stain)\b", re.IGNORECASE)
# LOINC short names join analyte and property with "-" ("Hcys SerPl-sCnc") and system with ":"; the
# challenge suffix ("--fasting", "^2H post 75 g glucose PO") stays meaningful.
_UNIT_RE = re.compile(
    r"\b(?:mg|g|gm|ng|pg|ug|mcg|miu|uiu|iu|u|mmol|umol|nmol|pmol|meq|mol|cells|x?10\^?\d*)\s*/\s*"
    r"(?:dl|l|ml|ul|cumm|mm3|mmol|mol|kg|g|gm|24\s*h(?:rs?)?|min)\b",
    re.IGNORECASE,
)
# A result printed after the name, as a report row or the text extracted from a report gives it
# ("Hemoglobin 13.5 g/dL", "Sodium: 140 mmol/L (135-145) N", "HbA1c 6.1 %", "WBC 7.2 x10^9/L H"): a number,
# a unit that reads as a lab's (`_result_unit`), in brackets or not ("13.5 [g/dL]"), then at most a flag, a
# range (in brackets, bare, or after a label: "Reference: 12.0-15.5", "Desirable: <200"), a flag and a note
# in brackets. Not a span ("CA 19-9 U/mL", "CA 27-29 U/mL" name the test).
# The note stays with the name: it may say which test the row is ("Glucose 5.4 mmol/L (fasting)", "HbA1c
# 6.1 % (NGSP)", "Creatinine 100 mg/dL (urine)"). Each number after a space may begin it: in "CA 19-9 25 U/mL"
# the result is "25 U/mL". Not a number without a unit ("Vitamin D 1,25", "Factor 8", "Glucose 120").
_RESULT_START_RE = re.compile(r"(?<=[^\s\-–~])\s*[:=]?\s+(?=[<>≤≥]?\s*\d)")
_NUMBER = r"\d+(?:[.,]\d+)?"
_FLAG = r"hh?|ll?|n|high|low|normal|abnormal|critical"
# The lab's flag after a value, if any ("H", "(L)", "Normal", "*", "↑"); a letter after a unit's sign is the
# unit's ("mmol / L"). The catalogue reads it after a value printed without a unit too.
PRINTED_FLAG = rf"(?:\s*\(\s*(?:{_FLAG})\s*\)|(?<![/^*])\s+(?:{_FLAG})|\s*\*+|\s*[↑↓]+)?"
# A range's bounds, and the unit a report may print after them ("12.0-15.5 g/dL", "0.4 to 4.0"): one word,
# since a unit that may run over words after one that may too is tried in every split of the name's end.
_RANGE_BOUNDS = (
    rf"[<>≤≥]?\s*{_NUMBER}(?:\s*(?:[-–~]|\s+to\s+)\s*{_NUMBER})?"
    r"(?:\s*(?P<range_unit>[^\W\d_%][^\s()\[\]]*|%))?"
)
_RESULT_RE = re.compile(
    rf"\s*[:=]?\s+[<>≤≥]?\s*{_NUMBER}\s*"
    # the unit: a power of ten per volume, or a word beginning with a letter, a per cent or a slash
    r"(?P<bracket>[(\[]\s*)?"
    r"(?P<unit>(?:x\s*)?10\s*[\^*]\s*\d{1,2}\s*/[^()\[\]]*?|[^\W\d_][^()\[\]]*?|[%/][^()\[\]]*?)"
    r"(?(bracket)\s*[)\]])"
    rf"{PRINTED_FLAG}"
    # a range: in brackets with a span or a bound in it, or bare after a space, a colon or a label and a colon
    r"(?:\s*[(\[][^()\[\]]*?(?:[<>≤≥]\s*\d|\d\s*[-–~]\s*\d)[^()\[\]]*[)\]]"
    rf"|(?:\s+[^\W\d_]+\.?(?:\s+[^\W\d_]+\.?){{0,3}}\s*:|\s*:|\s)\s*{_RANGE_BOUNDS})?"
    rf"{PRINTED_FLAG}"
    r"(?P<note>\s*[(\[][^()\[\]]*[)\]])?\s*$",
    re.IGNORECASE,
)
# A reference range or limit printed with the name ("Hemoglobin (13.5-17.5 g/dL)", "Glucose 70-110 mg/dL",
# "eGFR >60"): a range whose bounds have decimals or a unit after them, or a bound after a comparison sign.
# Not a range of whole numbers with no unit, nor one after a word of one or two letters: "CA 19-9 U/mL",
# "PTH (1-84)", VistA's "EC 6-30" name the test.
_RANGE_RE = re.compile(
    r"[<>≤≥]=?\s*\d+(?:[.,]\d+)?"
    r"|(?<![\d.,])(?:\d+[.,]\d+\s*[-–—]\s*\d+(?:[.,]\d+)?|\d+\s*[-–—]\s*\d+[.,]\d+)"
    r"|(?<![\d.,])(?<!\b[a-z]\s)(?<!\b[a-z]{2}\s)\d+\s*[-–—]\s*\d+"
    r"(?=\s*(?:mg|g|ng|pg|ug|mcg|miu|uiu|iu|u|mmol|umol|nmol|pmol|meq|fl|%|x?10\^)(?![a-z]))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Grammar:
    specimens: dict[str, str]
    specimens_in_context: frozenset[str]
    # German "i.U.", "i.S.": the abbreviation after "i." -> a specimen word; `in_specimen_re` finds them.
    in_specimen: dict[str, str]
    in_specimen_re: re.Pattern[str]
    # ... and in a name printed in capitals, joined by a dot ("MICROGLOBULIN.I.U.").
    in_specimen_capitals_re: re.Pattern[str]
    # The Nordic system prefix ("P-Kreatinin", "Pt(U)-Urat"): its abbreviation -> a specimen word or "";
    # `prefix_specimen_re` finds it.
    prefix_specimen: dict[str, str]
    prefix_specimen_re: re.Pattern[str]
    properties: frozenset[str]
    methods: frozenset[str]
    units: frozenset[str]
    translations: dict[str, str]
    abbreviations: dict[str, str]
    abbreviations_in_context: dict[str, str]
    spellings: tuple[tuple[re.Pattern[str], str], ...]
    phrases: tuple[tuple[re.Pattern[str], str], ...]
    # Any spelling / any phrase pattern: most names match none, and one search then replaces ~30 subs.
    # Exact, since a rewrite can only fire after one pattern matched the original text.
    spellings_any: re.Pattern[str]
    phrases_any: re.Pattern[str]
    report_words: frozenset[str]
    optional: frozenset[str]
    stop_words: frozenset[str]
    organisms: frozenset[str]
    allergy: frozenset[str]
    # Words that say a row is a test, not which one ("test", "level", "estimation"): see the classifier.
    test_words: frozenset[str]
    # The period of a timed urine collection ("24 hour"): see `Catalogue.lookup_key`.
    timed_collection: frozenset[str]
    # The words of other scripts (scripts.toml); none: names in them are left unread.
    scripts: ScriptWords = NO_SCRIPT_WORDS
    # Words no test name ends with: a name ending with one was cut by a print field (`looks_cut`).
    dangling: frozenset[str] = frozenset()
    # Words that, alone in square brackets after a name, say which of its tests it is ("T4 [Free]", "Bilirubin
    # [Direct]"): the bracket is read, where any other is dropped (`_bracket`).
    bracket_qualifiers: frozenset[str] = frozenset()
    # Italy's CNP specimen codes, as written, that a bracket of codes starts with -> the specimen word it is
    # read as ("CALCIO [dU]": the 24-hour urine's); a bracket that starts with another code is dropped.
    bracket_specimen_codes: dict[str, str] = field(default_factory=dict)
    # Every beginning of five letters or more of an `optional` word, the word itself left out: a print field
    # cut the word ("Substance concentrat", "Arbitrary concentrat": LOINC's property words), which names no
    # analyte either (`names_no_analyte`).
    optional_cut: frozenset[str] = frozenset()
    # Words a name printed head last ("COAGULACION, TIEMPO DE": Argentina's NBU) ends with before a dangling
    # preposition: such a name is whole, not cut (`looks_cut`).
    inverted_heads: frozenset[str] = frozenset()
    # The prepositions such a head noun takes ("TIEMPO DE").
    head_prepositions: frozenset[str] = frozenset()
    # Word classes that say a name's category when the catalogue does not know its analyte (`word_class`).
    classes: tuple[WordClass, ...] = ()
    # Immunoglobulin classes an antibody's name may print instead of "antibody" (`Catalogue.lookup_key`).
    antibody_classes: frozenset[str] = frozenset()
    # The immunoglobulin classes a name may say as words; they tell two tests apart
    # (`immunoglobulin_classes_of`).
    immunoglobulin_classes: frozenset[str] = frozenset()
    # An allergen's code as labs print it beside the allergen ("F13 Peanut"): see `Catalogue.lookup_key`.
    allergen_code: re.Pattern[str] = re.compile("(?!)")
    # Words whose case tells them apart ("HbS", haemoglobin S, is not "HBs", hepatitis B's surface antigen):
    # as written -> the words they stand for; `as_written_re` finds them, read before the name is lowercased.
    as_written: dict[str, str] = field(default_factory=dict)
    as_written_re: re.Pattern[str] = re.compile("(?!)")


@dataclass(frozen=True)
class WordClass:
    """A family of analytes told by its words (grammar.toml `[classes]`): whole words, word endings (the
    INN stems of drug names, `-mycin`, `-azepam`, also with a Romance or Dutch final `-e`/`-a`) and word
    beginnings (`cef-`). The taxonomy files the family in `categories` (the first is its own);
    a word of `unless` makes the name another kind of test (a drug's `resistance`: the pathogen's)."""

    name: str
    categories: tuple[str, ...]
    words: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    unless: frozenset[str] = frozenset()

    def says(self, words: Sequence[str]) -> bool:
        if not self.unless.isdisjoint(words):
            return False
        return any(self._word(word) for word in words)

    @cached_property
    def _endings(self) -> tuple[str, ...]:
        return tuple(stem + tail for stem in self.stems for tail in ("", "e", "a"))

    def _word(self, word: str) -> bool:
        if word in self.words:
            return True
        # Most words end with no stem and begin with no prefix: one test against all of them at once
        # before the length rule below, which only a word with one needs.
        if not word.endswith(self._endings) and not word.startswith(self.prefixes):
            return False
        # At least three letters before an ending or after a beginning: "vir" or "cefal" alone is no drug.
        if any(word.endswith(ending) and len(word) >= len(ending) + 3 for ending in self._endings):
            return True
        return any(word.startswith(prefix) and len(word) >= len(prefix) + 4 for prefix in self.prefixes)


def _classes(tables: dict[str, dict[str, object]]) -> tuple[WordClass, ...]:
    def split(table: dict[str, object], key: str) -> tuple[str, ...]:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise ValueError(f"[classes] '{key}' must be a string, got {value!r}")
        return tuple(value.split())

    return tuple(
        WordClass(
            name,
            tuple(table["categories"]),  # type: ignore[arg-type]
            frozenset(split(table, "words")),
            split(table, "stems"),
            split(table, "prefixes"),
            frozenset(split(table, "unless")),
        )
        for name, table in tables.items()
    )


def _words(table: dict[str, object], key: str = "words") -> frozenset[str]:
    words = table[key]
    if not isinstance(words, str):
        raise ValueError(f"'{key}' must be a string, got {words!r}")
    return frozenset(words.split())


def _alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first ("fP" before "P"); never matches if empty."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True)) or "(?!)"


def _in_specimen_pattern(abbreviations: dict[str, str]) -> re.Pattern[str]:
    """German "<analyte>.i.U." / "<analyte> i.S": a lowercase "i." after a word (joined by a dot or a
    space), then one of the abbreviations in any case, then an optional dot, ending the word; not inside a
    chain of dotted single letters ("T.I.B.C" is the TIBC, not a "T" in blood)."""
    keys = _alternation(abbreviations)
    return re.compile(
        rf"(?:(?<=[A-Za-z0-9)])(?<!\b[A-Za-z])\.|\s)\s*i\.\s?(?i:({keys}))(?![A-Za-z])(?!\.?\s*/)(?!\.[A-Za-z]\b)\.?"
    )


def _in_specimen_capitals_pattern(abbreviations: dict[str, str]) -> re.Pattern[str]:
    """The same in a name printed in capitals ("BETA2 MICROGLOBULIN.I.U."), where "I." cannot say German
    "im": only joined to the word before by a dot, as no English unit ("I.U.") is."""
    keys = _alternation(abbreviations)
    return re.compile(
        rf"(?<=[A-Z0-9)])(?<!\b[A-Z])\.I\.\s?(?i:({keys}))(?![A-Za-z])(?!\.?\s*/)(?!\.[A-Za-z]\b)\.?"
    )


def _prefix_specimen_pattern(abbreviations: dict[str, str], kept: frozenset[str]) -> re.Pattern[str]:
    """The system a Nordic name starts with, NPU's abbreviation as written (its case says it: "kB", "fP"),
    with the system it was taken from in brackets ("Pt(U)-", "Prot(P)-", "P(aB)-"), joined by a hyphen to
    the analyte's capital ("P-Kreatinin", not "B-type", "p-value" or "S-100"), or to a blood gas's symbol,
    whose first letter is small ("aB-pH", "vB-pCO2", "aB-sO2", "P-cHCO3", "B-ctHb"). Danish and Swedish NPU
    names print the hyphen as an em or en dash ("P—Natrium; stofk.", "B–Hæmoglobin"), Finnish ones often
    after a space ("P -Krea", "fP -Gluk")."""
    keys = _alternation(abbreviations)
    # ... unless the letter and what follows are one name ("P-LCR", the platelet large cell ratio).
    names = _alternation(kept)
    return re.compile(
        rf"^\s*(?:([A-Za-z]{{1,4}})\(\s*({keys})\b[^)]*\)|({keys}))"
        rf" ?[-\u2013\u2014](?=[A-ZÆØÅÄÖ]|(?:p|s|c|ct)[A-Z])(?!(?:{names})\b)"
    )


def _as_written_pattern(words: dict[str, str]) -> re.Pattern[str]:
    """A word of `[as_written]` whole and as written, unless the name says it is an antigen or antibody: after
    "anti" or before "Ag", "Ab" or an immunoglobulin class a small letter is a slip in a hepatitis B marker
    ("Anti-HbC", "HbS Ag", "HbC IgM")."""
    return re.compile(
        rf"(?<!(?i:anti))(?<!(?i:anti)[- ])(?<![A-Za-z0-9])({_alternation(words)})(?![A-Za-z0-9])"
        r"(?!\s*[-(]?\s*(?i:a[gb](?![a-z])|ig[gma]|anti))"
    )


def _prefix_specimen(rules: Grammar, match: re.Match[str]) -> str:
    word = rules.prefix_specimen[match[2] or match[3]]
    return f"{word} " if word else ""


def parse_grammar(text: str, scripts: str | None = None) -> Grammar:
    """The grammar of grammar.toml, and with `scripts` (the text of scripts.toml) the words of other
    scripts, read before the grammar's rules."""
    data = tomllib.loads(text)
    specimen_words = dict(data["specimens"])
    in_specimen = {key.lower(): value for key, value in data["in_specimen"].items()}
    unknown = sorted(value for value in in_specimen.values() if value not in specimen_words)
    if unknown:
        raise ValueError(f"[in_specimen] names words that are not in [specimens]: {unknown}")
    prefix_specimen = dict(data.get("prefix_specimen", {}))
    prefix_kept = _words(data["prefix_specimen_kept"]) if "prefix_specimen_kept" in data else frozenset()
    unknown = sorted(value for value in prefix_specimen.values() if value and value not in specimen_words)
    if unknown:
        raise ValueError(f"[prefix_specimen] names words that are not in [specimens]: {unknown}")
    spellings = tuple((re.compile(k), v) for k, v in data["spellings"].items())
    phrases = tuple((re.compile(k), v) for k, v in data["phrases"].items())
    rules = Grammar(
        specimens=specimen_words,
        specimens_in_context=frozenset(data["specimens_in_context"]),
        in_specimen=in_specimen,
        in_specimen_re=_in_specimen_pattern(in_specimen),
        in_specimen_capitals_re=_in_specimen_capitals_pattern(in_specimen),
        prefix_specimen=prefix_specimen,
        prefix_specimen_re=_prefix_specimen_pattern(prefix_specimen, prefix_kept),
        properties=_words(data["properties"]),
        methods=_words(data["methods"]),
        units=_words(data["units"]),
        translations=dict(data["translations"]),
        abbreviations=dict(data["abbreviations"]),
        abbreviations_in_context=dict(data["abbreviations_in_context"]),
        spellings=spellings,
        phrases=phrases,
        spellings_any=any_rule(spellings),
        phrases_any=any_rule(phrases),
        report_words=_words(data["report_words"]),
        optional=(optional := _words(data["optional"])),
        optional_cut=frozenset(
            word[:end] for word in optional for end in range(_CUT_OPTIONAL_LETTERS, len(word))
        ),
        stop_words=_words(data["stop_words"]),
        organisms=_words(data["organisms"]),
        allergy=_words(data["allergy"]),
        test_words=_words(data["test_words"]),
        timed_collection=_words(data["timed_collection"]),
        dangling=_words(data["dangling"]),
        bracket_qualifiers=(
            _words(data["bracket_qualifiers"]) if "bracket_qualifiers" in data else frozenset()
        ),
        bracket_specimen_codes=dict(data.get("bracket_qualifiers", {}).get("specimen_codes", {})),
        inverted_heads=_words(data["dangling"], "inverted_heads"),
        head_prepositions=_words(data["dangling"], "head_prepositions"),
        classes=_classes(data.get("classes", {})),
        antibody_classes=_words(data["antibody_classes"]) if "antibody_classes" in data else frozenset(),
        immunoglobulin_classes=(
            _words(data["immunoglobulin_classes"]) if "immunoglobulin_classes" in data else frozenset()
        ),
        allergen_code=re.compile(data["allergy"].get("codes", "(?!)")),
        as_written=(as_written := dict(data.get("as_written", {}))),
        as_written_re=_as_written_pattern(as_written),
    )
    if scripts is None:
        return rules
    # Keys of scripts.toml are read in the form a name takes once cleaned, with its own folds of letters.
    return replace(
        rules,
        scripts=parse_script_words(
            scripts,
            lambda raw, letters: _clean(raw, rules, letters),
            lambda raw, letters: _strip_accents(raw.lower()).translate(letters),
            frozenset(rules.translations),
        ),
    )


@cache
def grammar() -> Grammar:
    """The packaged grammar, parsed once per process on first use."""
    package = resources.files("zivo.core.lab_tests")
    text = package.joinpath("grammar.toml").read_text(encoding="utf-8")
    return parse_grammar(text, package.joinpath("scripts.toml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class NormalizedName:
    """A lab-test name in canonical form, with the specimen and methods it mentioned set aside."""

    text: str
    specimen: str | None
    methods: tuple[str, ...]
    # Words in a script the grammar does not read (or of a read script, but not known): not in `text`.
    unread: tuple[str, ...] = ()
    # When a dictionary's gloss of the unread words is in `text` (`normalize_name`'s `gloss`): how many words
    # the grammar read, as without the gloss. The gloss places the name by meaning; it is not read.
    read_words: int | None = None

    @property
    def key(self) -> str:
        """Order-free form for exact lookups: "glucose fasting" and "fasting glucose" are one key. A name
        with unread words keeps them in its key, so that it is never known exactly by the words read."""
        return name_key(" ".join((self.text, *self.unread)))


def name_key(text: str) -> str:
    return " ".join(sorted(set(text.split())))


_DIGITS_RE = re.compile(r"[0-9]+")
# Any digit (most names have none: a code, a range or a number is sought only in those that do).
_DIGIT_RE = re.compile(r"\d")
# A word that is a Roman numeral from 1 to 39, as tests number factors, types and classes ("factor xiii").
_ROMAN_RE = re.compile(r"^x{0,3}(?:ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def numbers_of(text: str) -> frozenset[int]:
    """The numbers a normalized name's words say, in digits or Roman numerals: "il 10" {10}, "factor xiii"
    {13}, "vitamin b12" {12}, "ca 19 9" {9, 19}; names of two tests that differ only by them ("IL-10" and
    "IL-9", "F XIII" and "F VII", "HIV-2" and "HIV-1") are two analytes."""
    numbers: set[int] = set()
    for word in text.split():
        if _ROMAN_RE.match(word):
            values = [_ROMAN_VALUES[letter] for letter in word]
            numbers.add(
                sum(
                    -value if value < after else value
                    for value, after in zip(values, [*values[1:], 0], strict=True)
                )
            )
        else:
            numbers.update(int(digits) for digits in _DIGITS_RE.findall(word))
    return frozenset(numbers)


def letters_of(text: str) -> frozenset[str]:
    """The single Latin letters a normalized name's words say: "strep group a antigen" {a}, "troponin t" {t},
    "protein c" {c}; names of two tests that differ only by them ("Streptococcus group A" and "group B
    strep", "troponin T" and "troponin I", "protein C" and "protein S") are two analytes. Roman numerals
    among them ("troponin i", "factor v") are letters here and numbers in `numbers_of`."""
    return frozenset(word for word in text.split() if len(word) == 1 and "a" <= word <= "z")


def immunoglobulin_classes_of(text: str, rules: Grammar | None = None) -> frozenset[str]:
    """The immunoglobulin classes (grammar `[immunoglobulin_classes]`) a normalized name says as words:
    "ebv vca igm" {igm}, "cmv igg" {igg}. They tell two tests apart as letters do ("EBV VCA IgM" is not the
    VCA IgG test); a subclass ("igg4") and a class inside a word ("hbsag") are none."""
    classes = (rules or grammar()).immunoglobulin_classes
    return frozenset(word for word in text.split() if word in classes)


# Latin letters that Unicode does not decompose into a base letter and a mark: Polish "ł" ("Płytki krwi"),
# Turkish dotless "ı" ("Açlık kan şekeri"), Vietnamese "đ" ("Đường huyết"), Nordic "ø" and "æ". Left as
# they are, they fell out as punctuation and split the word ("p ytki").
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)


# Kana's voicing marks are letters' parts, not accents ("グ" is not "ク"); so are Thai's vowel and tone marks
# ("ตู้" is not "ต"; of them NFKD counts the vowels below and the tone marks as combining) and the Indic
# scripts' (the vowel signs and virama of "क्रिएटिनिन").
_LETTER_MARKS = frozenset("\u3099\u309a") | _THAI_MARKS


def _strip_accents(text: str) -> str:
    if text.isascii():  # most names: nothing to decompose
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) or ch in _LETTER_MARKS or "\u0900" <= ch <= "\u0dff"
    )
    if not stripped.isascii():
        # Hangul syllables and voiced kana, taken apart by NFKD, are put back together.
        stripped = unicodedata.normalize("NFC", stripped)
    return stripped.translate(_UNDECOMPOSED)


def apply_spelling(text: str, rules: Grammar | None = None) -> str:
    """Translations, spelling variants, abbreviations and phrases on already lowercased, spaced text."""
    rules = rules or grammar()
    # Words of other languages' reports become the English words the rest of the grammar reads.
    tokens = text.split()
    if not text.isascii():
        text = rules.scripts.read(tokens)
    elif not rules.translations.keys().isdisjoint(tokens):
        text = " ".join(rules.translations.get(token, token) for token in tokens)
    if rules.spellings_any.search(text):
        translated = frozenset(text.split())
        for pattern, replacement in rules.spellings:
            text = pattern.sub(replacement, text)
        # A stem a spelling rule split off a glued word is a word of the name's language too: German
        # "Drogennachweis" is "drogen detection", Norwegian "Jernbelastning" "jern tolerance"; the stems are
        # translated as the name's other words were ("drugs detection", "iron tolerance"). Only the words the
        # rules made: the others were translated already.
        text = " ".join(
            token if token in translated else rules.translations.get(token, token) for token in text.split()
        )
    tokens = text.split()
    in_context = len(tokens) > 1
    expanded = []
    for token in tokens:
        word = rules.abbreviations.get(token)
        if word is None and in_context:
            word = rules.abbreviations_in_context.get(token)
        expanded.append(word or token)
    text = " ".join(expanded)
    if rules.phrases_any.search(text):
        for pattern, replacement in rules.phrases:
            text = pattern.sub(replacement, text)
    return text


def _clean(raw: str, rules: Grammar, letters: dict[int, str] | None = None) -> str:
    """`raw` lowercased, unaccented, its signs spaces; `letters` folds other scripts' letters (`rules`'
    when None)."""
    text = _strip_accents(_LIST_NUMBER_RE.sub("", raw, count=1))
    if text.count("^") == 2:
        text = _HL7_CODED_RE.sub(r"\1", text)
    if _DIGIT_RE.search(text):
        text = _without_codes(text)
    # A substring test first: most names hold none of the few words, and the pattern's look-behinds would be
    # tried at every position.
    if any(word in text for word in rules.as_written):
        text = rules.as_written_re.sub(lambda match: f" {rules.as_written[match[1]]} ", text)
    if "'" in text or "\u2019" in text:  # most names have no apostrophe and skip the search
        text = _ELISION_RE.sub(" ", text)
    if "/ " in text:
        text = _SLASH_PREPOSITION_RE.sub(" ", text)
    # A Greek letter standing alone is a sign ("γ-GT", "β2-microglobulin", "µmol/L": the micro sign is mu
    # once decomposed); inside a Greek word it is a letter ("Γλυκόζη", "αιμοσφαιρίνη").
    text = _GREEK_SIGN_RE.sub(lambda match: _GREEK_SIGNS[match[0]], text) if not text.isascii() else text
    text = text.replace("ß", "ss")
    if "-" in text or "\u2014" in text or "\u2013" in text:  # most names have no hyphen and skip the search
        text = rules.prefix_specimen_re.sub(lambda match: _prefix_specimen(rules, match), text, count=1)
    # Before dotted letters are joined: "Osmol.i.u." is the osmolality in urine, not "osmol iu".
    if "i." in text:  # the pattern's one fixed part: most names skip the search
        text = rules.in_specimen_re.sub(lambda match: f" {rules.in_specimen[match[1].lower()]} ", text)
    elif ".I." in text and not any(char.islower() for char in text):
        text = rules.in_specimen_capitals_re.sub(
            lambda match: f" {rules.in_specimen[match[1].lower()]} ", text
        )
    if "/" in text:
        text = _WITH_RE.sub(lambda match: " without " if match[1] else " with ", text)
    text = _DOTTED_RE.sub(lambda match: match[0].replace(".", "").replace(" ", ""), text)
    text = _SPACED_CAPITALS_RE.sub(lambda match: match[0].replace(" ", ""), text)
    text = _LEADING_S_RE.sub(" serum ", text)
    if ("[" in text and not _CULTURE_OR_STAIN_RE.search(text)) or (
        _LONG_NAME_SYSTEM_RE.search(text) and not _KIND_OF_TEST_RE.search(text)
    ):
        text = _BY_METHOD_RE.sub(" ", text)
        # The one LOINC property that names the kind of test: an antibiotic's susceptibility is microbiology.
        text = re.sub(r"\[susceptibility\]", " susceptibility ", text, flags=re.IGNORECASE)
        # ... and the one that tells a blood gas from chemistry: "Carbon dioxide [Partial pressure]" is pCO2.
        text = re.sub(r"\[partial pressure\]", " partial pressure ", text, flags=re.IGNORECASE)
    if "[" in text:
        text = _BRACKET_RE.sub(lambda match: _bracket(match[0], rules), text)
    # LOINC display names end with the system in parentheses: "(S)" serum, "(U)" urine.
    text = _DISPLAY_SYSTEM_RE.sub(lambda match: " serum " if match[1] in "Ss" else " urine ", text)
    if _DIGIT_RE.search(text):
        text = _RANGE_RE.sub(" ", text)
    text = _UNIT_RE.sub(" ", text.lower())
    text = text.replace("&", " and ").replace("+", " ").replace("%", " percent ").replace("#", " absolute ")
    # "Hcys SerPl-sCnc", "25(OH)D3": letters glued to digits in LOINC style stay one word ("hba1c", "b12").
    if text.isascii():
        return _NON_ALNUM_RE.sub(" ", text)
    # Letters of other scripts stay words too, folded where they are written two ways (Arabic "ة" and "ه").
    return _NON_WORD_RE.sub(" ", text.translate(rules.scripts.letters if letters is None else letters))


# A unit is one word once its signs are joined ("x 10^9 / L"): "LDH 3 % Ser" and "Sperm Motility at 1 Hr %"
# are names, not "3 %" and "1 Hr %".
_UNIT_JOINS_RE = re.compile(r"(?<=^x)\s+|\s*([/^*])\s*", re.IGNORECASE)


def _result_unit(text: str) -> bool:
    """Whether `text`, printed after a number at the end of a name, is a result's unit that
    `lab_values.lab_unit` reads: a ratio, a percentage or a power of ten ("g/dL", "mmol/L", "%", "x10^9/L"),
    or one of the catalogue's units without them ("fL", "pg", "sec", "mmHg"), in one word; in two when the
    first is per mass, amount or body surface and the second says of what ("30 mg/g creat", "mL/min/1.73
    m2"). Not another unit ("Glucose 120 min", "Glucose 75 g", "Urine 24 h": the load or the collection names
    the test), nor words after a per cent ("LDH 3 % Ser")."""
    words = _UNIT_JOINS_RE.sub(lambda match: match[1] or "", text).split()
    return (
        len(words) == 1 or (len(words) == 2 and _PER_AMOUNT_RE.search(words[0]) is not None)
    ) and lab_unit(text)


# A unit's first word per mass, amount or body surface, which a second word completes ("mg/g creat").
_PER_AMOUNT_RE = re.compile(r"/(?:[mµu]?g|[mµun]?mol|1[.,]73)$", re.IGNORECASE)


def _range_unit(text: str | None) -> bool:
    """Whether `text`, printed after a range's bounds, is the range's unit or the lab's flag, or nothing."""
    return not text or _FLAG_RE.fullmatch(text.strip()) is not None or _result_unit(text)


_FLAG_RE = re.compile(_FLAG, re.IGNORECASE)


# Italy's nomenclatore (CNP) prints the specimens a test is done on in square brackets after it, serum first:
# "[S]", "[S/P]", "[S/U/dU]". After a number that is the test's ("CA 125 [S]", "Interleuchina 6 [S]"), not
# a result in seconds or a ratio of units.
_SPECIMEN_CODES_RE = re.compile(r"\[\s*S(?:/(?:[SPUF]|[dD]U|S[gG]|L[aAsSpP]))*\s*\]")


def _without_result(text: str) -> str:
    """`text` without a result printed after the name (`_RESULT_RE`), its note in brackets kept."""
    for start in _RESULT_START_RE.finditer(text):
        match = _RESULT_RE.fullmatch(text, start.start())
        if (
            match is not None
            and _result_unit(match["unit"])
            and _range_unit(match["range_unit"])
            and not (match["bracket"] and _SPECIMEN_CODES_RE.match(text, match.start("bracket")))
        ):
            return f"{text[: start.start()]} {(match['note'] or '').strip()}".rstrip()
    return text


# A bracket of CNP's specimen codes, one or more joined by "/" ("[U]", "[dU]", "[U/dU]"): short codes in
# capitals, a lower-case "d" (daily) allowed before one.
_CODES_RE = re.compile(r"d?[A-Z][A-Za-z]?(?:/d?[A-Z][A-Za-z]?)*")


def _bracket(bracket: str, rules: Grammar) -> str:
    """A square bracket in a name: its words when each is a qualifier that says which test the name is
    ("T4 [Free]", "Glucose [Fasting]", in any language the grammar translates: "T4 [Libre]"), or when it is
    one specimen word ("Protein [Urine]", "Glucose [Sangre]"; not a letter, "[P]", "[S]"), else a space.
    LOINC's property ("[Mass/volume]"), a specimen code ("[S/U]") and the gloss Italy's and Colombia's lists
    print after a test ("Antigene prostatico specifico [PSA]") name no other test and are dropped."""
    inside = bracket[1:-1].strip()
    specimen = rules.bracket_specimen_codes.get(inside.split("/")[0])
    if specimen and _CODES_RE.fullmatch(inside):
        return f" {specimen} "
    words = _NON_ALNUM_RE.sub(" ", bracket.lower()).split()
    read = [rules.translations.get(word, word) for word in words]
    if (words and all(word in rules.bracket_qualifiers for word in read)) or (
        len(read) == 1 and read[0] in rules.specimens and len(read[0]) > 1
    ):
        return f" {' '.join(words)} "
    return " "


def _without_codes(text: str) -> str:
    """`text` without an item code before it (a fee schedule's, Korea's EDI code), the LOINC codes in it
    (`loinc.codes_in`: the catalogue looks the test up by them), a result printed after it and a bare
    reference range ending it."""
    text = _EDI_CODE_RE.sub(" ", _ITEM_CODE_RE.sub(" ", text, count=1), count=1)
    text = _without_result(loinc.without_codes(text))
    return _BARE_RANGE_RE.sub(
        lambda match: " " if int(match[1]) < int(match[2]) and int(match[2]) >= 10 else match[0], text
    )


def normalize_name(
    raw: str,
    rules: Grammar | None = None,
    *,
    correct: Callable[[str], str] | None = None,
    gloss: Callable[[str], str] | None = None,
) -> NormalizedName:
    """`raw` read by the grammar; `correct` (cleaned words -> words) mends misspelt words as written, before
    the grammar translates and rewrites them ("grossesose" is French "grossesse" only before it reads as
    "pregnancy"); `gloss` (an unread word -> English words, maybe none) puts a dictionary's meaning of the
    words left unread in their place in `text`: they stay unread, and the words read are counted as without
    them (`NormalizedName.read_words`)."""
    rules = rules or grammar()
    cleaned = _clean(raw, rules)
    text = apply_spelling(correct(cleaned) if correct is not None else cleaned, rules)
    tokens = text.split()
    if text.isascii():
        return _reading(tokens, rules)
    unread = tuple(dict.fromkeys(token for token in tokens if not token.isascii()))
    plain = _reading([token for token in tokens if token.isascii()], rules)
    if gloss is None:
        return replace(plain, unread=unread)
    # (labs133) A gloss is English as a dictionary writes it ("haemoglobin", "leucocyte", "faeces"): spelled
    # as the grammar spells the words it reads, so that it says what the same word written in English says.
    glossed = [
        word
        for token in tokens
        for word in (token if token.isascii() else apply_spelling(gloss(token), rules)).split()
    ]
    return replace(
        _reading([word for word in glossed if word.isascii()], rules),
        unread=unread,
        read_words=len(plain.text.split()) + len(plain.methods),
    )


def _reading(tokens: list[str], rules: Grammar) -> NormalizedName:
    """A name's words (in the grammar's English, none unread) -> its text, specimen and methods."""
    # Next to other words that name something: a method, a report word ("Urinalysis result") or a word
    # saying the row is a test ("Urinalysis test", "Urinalysis level") is not one.
    multiword = (
        sum(
            1
            for token in tokens
            if token not in rules.methods and token not in rules.properties and token not in rules.test_words
        )
        > 1
    )
    kept: list[str] = []
    methods: list[str] = []
    specimens: set[str] = set()
    for position, token in enumerate(tokens):
        if position == 0 and token == "s" and multiword:
            specimens.add(BLOOD)
            continue
        if token in rules.stop_words:
            continue
        specimen = rules.specimens.get(token)
        if specimen is not None and (multiword or token not in rules.specimens_in_context):
            specimens.add(specimen)
            if specimen == BLOOD:
                continue
            token = specimen
        if token in rules.methods or token in rules.properties:
            methods.append(token)
            continue
        # "Haemoglobin (Hb)" says hemoglobin twice once expanded; the repeat adds nothing. Nor does a word
        # repeated at once in the other number, as a Chinese word and its English gloss print it
        # ("結晶 Crystal": "crystals crystal").
        if (token in rules.units and kept) or token in kept or _other_number_in(token, kept):
            continue
        kept.append(token)
    if BLOOD in specimens and kept and all(rules.specimens.get(token) == token for token in kept):
        # Blood beside another specimen alone ("Urine blood", "Blood, urine": the urine's blood) is what is
        # sought in it, not the specimen: the name is the blood in that specimen, not the specimen alone.
        kept.insert(0, BLOOD)
    if kept and all(token in rules.optional for token in kept):
        # Left with report words alone ("ACT test": "act" is also LOINC's property "activity"), a name
        # keeps the property words it had: the property was the test.
        kept = [
            token
            for token in tokens
            if token in kept or token in rules.properties and token not in rules.optional
        ]
        kept = list(dict.fromkeys(kept))
    if not kept:
        # A name that was only a specimen ("Serum") keeps it; one that was only a method ("(CLIA)") is
        # no test name and stays empty.
        kept = [token for token in tokens if token not in rules.methods and token not in rules.stop_words]
        kept = list(dict.fromkeys(kept))
    return NormalizedName(text=" ".join(kept), specimen=first_specimen(specimens), methods=tuple(methods))


def _other_number_in(token: str, kept: list[str]) -> bool:
    """Whether the word kept last is `token` in the other number ("cell" right after "cells", "crystals" right
    after "crystal"); a word further back is another word's ("sickle cell red cells")."""
    if not kept or len(token) < 4 or not token.isalpha():
        return False
    return kept[-1] in (token + "s", token[:-1] if token.endswith("s") else None)


def cleaned_words(raw: str, rules: Grammar | None = None) -> list[str]:
    """The words of `raw` as written, before the grammar reads them: lowercased, unaccented, signs apart."""
    return _clean(raw, rules or grammar()).split()


# A word of a spelling or phrase rule written out in full ("fractie", "haematocrit"), not a pattern's part.
_LITERAL_WORD_RE = re.compile(r"[a-z]+")


def written_words(rules: Grammar | None = None) -> frozenset[str]:
    """Every word the grammar reads as a lab writes it, before it is translated or rewritten: the keys of
    its word lists and translations (Latin and other scripts), and the words its spelling and phrase rules
    spell out in full."""
    rules = rules or grammar()
    words: set[str] = {
        *rules.specimens,
        *rules.specimens_in_context,
        *rules.properties,
        *rules.methods,
        *rules.units,
        *rules.translations,
        *rules.abbreviations,
        *rules.abbreviations_in_context,
        *rules.report_words,
        *rules.optional,
        *rules.stop_words,
        *rules.organisms,
        *rules.allergy,
        *rules.test_words,
        *rules.scripts.translations,
    }
    for pattern, _ in (*rules.spellings, *rules.phrases):
        for part in re.split(r"\\b|\(\?:|[()|\s]", pattern.pattern):
            if _LITERAL_WORD_RE.fullmatch(part):
                words.add(part)
    return frozenset(word for word in words if " " not in word)


_TRAILING_MARKS_RE = re.compile(r"[\s&*+§]+$")


def looks_cut(raw: str, rules: Grammar | None = None) -> bool:
    """Whether `raw` was visibly cut by a print field: a bracket opened and not closed ("Protein
    [Mass/volume", "Kreatinine (Jaffé) ("), or a last word no test name ends with ("Urine microscopy and",
    an article elided before the word that was cut: "Electrophorèse de l'"). What was cut may have said the
    specimen or the test, so the name alone does not say which."""
    if raw.rfind("(") > raw.rfind(")") or raw.rfind("[") > raw.rfind("]"):
        return True
    rules = rules or grammar()
    # A run of signs that ends the name and holds more than an ampersand is a list's marks (Colombia's CUPS
    # marks a benefit plan's tests "& *+"), not a conjunction a print field cut after.
    marks = _TRAILING_MARKS_RE.search(raw)
    if marks and set(marks[0]) - {"&", " "}:
        raw = raw[: marks.start()]
    if raw.rstrip().endswith((")", "]")):
        # A bracket closed after the last word: the print field did not cut the name there. A preposition
        # before it ends a name printed head last inside the bracket (Italy's CNP: "PROTEINE (Elettroforesi
        # delle)").
        return False
    printed = raw.split()
    if (
        len(printed) > 2
        and printed[-1].lower() in rules.head_prepositions
        and _strip_accents(printed[-2].strip(",.;:").lower()) in rules.inverted_heads
    ):
        # The analyte first, the procedure's head noun last ("UREA CLEARENCE DE", "WIDAL, REACCION DE"):
        # printed whole, in the order of an index.
        return False
    # As printed: cleaning takes the apostrophe of an elided article ("l'", "dell'") away.
    if printed and _strip_accents(printed[-1].lower()).replace("\u2019", "'") in rules.dangling:
        return True
    words = cleaned_words(raw, rules)
    return bool(words) and words[-1] in rules.dangling


def names_no_analyte(text: str, rules: Grammar | None = None) -> bool:
    """Whether a normalized text names no analyte: only letters standing alone and words a name may add
    without naming a test (`optional`), as a procedure's name cut before its analyte leaves ("DOSAGEM
    QUANTITATIVA", "DOSAGEM E/OU FRACION", "ESPECTROFOTOMETRIA N"), or such words cut short themselves
    (LOINC's "Substance concentrat", `Grammar.optional_cut`). Such a reading is a guess."""
    rules = rules or grammar()
    words = text.split()
    return bool(words) and all(
        len(word) == 1 or word in rules.optional or word in rules.optional_cut for word in words
    )


def read_share(name: NormalizedName) -> float:
    """The share of a name's words read (1.0 when none was left unread)."""
    if not name.unread:
        return 1.0
    read = len(name.text.split()) + len(name.methods) if name.read_words is None else name.read_words
    return read / (read + len(name.unread))


def first_specimen(specimens: set[str]) -> str | None:
    return next((specimen for specimen in _SPECIMEN_PRIORITY if specimen in specimens), None)


def specimen_of(text: str, rules: Grammar | None = None) -> str | None:
    """The specimen a normalized text names, e.g. after typo correction turned "urie" into "urine"."""
    rules = rules or grammar()
    return first_specimen({rules.specimens[word] for word in text.split() if word in rules.specimens})


def names_organism(text: str, rules: Grammar | None = None) -> bool:
    """Whether a normalized text mentions a microorganism ("b suis antibody", "hsv 2 igg")."""
    rules = rules or grammar()
    return not rules.organisms.isdisjoint(text.split())


def word_class(text: str, rules: Grammar | None = None) -> WordClass | None:
    """The first class (grammar.toml `[classes]`, in order) whose words a normalized text has, for a text
    that names no organism and no allergen IgE (those are infection or allergy tests whatever else they
    say): "tobramycin peak" is a drug level, "cefotaxime susceptibility" a pathogen's susceptibility."""
    rules = rules or grammar()
    words = text.split()
    if names_organism(text, rules) or not rules.allergy.isdisjoint(words):
        return None
    return next((kind for kind in rules.classes if kind.says(words)), None)


def is_infection_name(text: str, rules: Grammar | None = None) -> bool:
    """Whether a normalized text reads as an infection test: it names an organism and is not an
    allergen-specific IgE ("aspergillus ige" is an allergy test)."""
    rules = rules or grammar()
    return names_organism(text, rules) and rules.allergy.isdisjoint(text.split())
