"""Lab-test name normalization: one canonical spelling for the many ways labs print the same test.

Both the reference names and the incoming names go through `normalize_name`, so every rewrite here only
has to make two spellings of one test agree; it never has to produce a "correct" name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Specimen words map to one specimen id. serum/plasma/blood-sample words carry no category information on
# their own (almost every test is run on serum) so they are dropped from the text; the others stay in the
# text because they do (urine glucose is urinalysis, glucose is not).
_SPECIMEN_WORDS: dict[str, str] = {
    "urine": "urine",
    "urinary": "urine",
    "urin": "urine",
    "spot": "urine",
    "stool": "stool",
    "feces": "stool",
    "faeces": "stool",
    "fecal": "stool",
    "faecal": "stool",
    "motion": "stool",
    "semen": "semen",
    "seminal": "semen",
    "sperm": "semen",
    "sperms": "semen",
    "spermatozoa": "semen",
    "csf": "csf",
    "sputum": "sputum",
    "serum": "serum",
    "plasma": "plasma",
    "sr": "serum",
}
_DROPPED_SPECIMEN_WORDS = frozenset({"serum", "plasma", "sr"})
# Ordered by priority: a name that says "urine" is about urine even if it also says "serum".
_SPECIMEN_PRIORITY = ("semen", "stool", "urine", "csf", "sputum", "serum", "plasma")

# Assay methods, analysers and buffers printed after the test name; they say how, not what.
_METHOD_WORDS = frozenset(
    """
    biuret jaffe jaffes kinetic clia cmia eclia elisa elfa ria ise ifcc amp buffer diazo dpd hexokinase god
    pod gpo pap chod chop colorimetric colorimetry enzymatic cnpg3 immunoturbidimetric immunoturbidimetry
    turbidimetric turbidimetry nephelometry nephelometric impedance uricase ferrozine arsenazo iii bcg bcp
    bromocresol photometric photometry spectrophotometry spectrophotometric hplc chemiluminescence
    chemiluminescent immunoassay electrochemiluminescence fluorescence fia cytometry automated method
    methodology analyser analyzer siemens roche abbott beckman vitros cobas architect dimension tinaquant
    modified nbt ctab ecl cia card rapid kit device slide tube cassette immunochromatography ict
    """.split()  # - a word list reads and diffs better as text
)

# Units, as whole tokens once punctuation is gone; they never name a test.
_UNIT_WORDS = frozenset(
    "mg dl ml ul mmol umol nmol pmol meq ng pg mcg ug miu uiu iu fl cumm mm3 mm hr mins sec secs gm".split()
)
_UNIT_RE = re.compile(
    r"\b(?:mg|g|gm|ng|pg|ug|mcg|miu|uiu|iu|u|mmol|umol|nmol|pmol|meq|cells|x?10\^?\d*)\s*/\s*"
    r"(?:dl|l|ml|ul|cumm|mm3|mmol|24\s*h(?:rs?)?)\b",
    re.IGNORECASE,
)

# British spellings and common variants rewritten to one form; patterns run on lowercase text.
_SPELLING_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"haem", "hem"),
        (r"\boestr", "estr"),
        (r"\bfoeto", "feto"),
        (r"\bleuco", "leuko"),
        (r"\bcolour", "color"),
        (r"\bionised\b", "ionized"),
        (r"luteinising", "luteinizing"),
        (r"sulph", "sulf"),
        (r"\btitre\b", "titer"),
        (r"\bcaerulo", "cerulo"),
        (r"\bglycosylated\b", "glycated"),
        (r"\bglycosated\b", "glycated"),
        (r"\bhaemo", "hemo"),
        (r"\banaem", "anem"),
        (r"\bfaec", "fec"),
        (r"\bpost\s+prandial\b", "postprandial"),
        (r"\bpost\s+parandial\b", "postprandial"),
        (r"\bpp\b", "postprandial"),
    )
)

# Abbreviations and run-together spellings expanded to the words the long names use; only ones that mean
# one thing on a lab report (no "ct", "ca" or "ab", which mean different things on different lines).
_ABBREVIATIONS: dict[str, str] = {
    "vit": "vitamin",
    "vitamine": "vitamin",
    "vitamins": "vitamin",
    "tot": "total",
    "abs": "absolute",
    "absol": "absolute",
    "estd": "estimated",
    "est": "estimated",
    "retic": "reticulocyte",
    "retics": "reticulocyte",
    "chol": "cholesterol",
    "cholest": "cholesterol",
    "trig": "triglycerides",
    "trigs": "triglycerides",
    "tgl": "triglycerides",
    "alk": "alkaline",
    "conc": "concentration",
    "dir": "direct",
    "indir": "indirect",
    "quant": "quantitative",
    "qty": "quantitative",
    "bld": "blood",
    "hscrp": "hs crp",
    "ntprobnp": "nt probnp",
    "hgb": "hemoglobin",
    "hb": "hemoglobin",
    "plt": "platelet",
    "plts": "platelet",
    "neut": "neutrophils",
    "neutro": "neutrophils",
    "lymph": "lymphocytes",
    "lymphs": "lymphocytes",
    "mono": "monocytes",
    "monos": "monocytes",
    "eos": "eosinophils",
    "eosino": "eosinophils",
    "baso": "basophils",
    "basos": "basophils",
    "cnt": "count",
    "no": "number",
    "sgr": "specific gravity",
    "immunoglobulin": "ig",
    "antibodies": "antibody",
    "abs.": "absolute",
    "hrs": "hour",
    "hr": "hour",
    "hours": "hour",
    "hrly": "hour",
    "2hr": "2 hour",
    "1hr": "1 hour",
    "3hr": "3 hour",
    "fasting.": "fasting",
    "pgl": "postprandial glucose",
    "ppbs": "postprandial blood sugar",
    "fbs": "fasting blood sugar",
    "rbs": "random blood sugar",
    "fbg": "fasting blood glucose",
    "fpg": "fasting plasma glucose",
    "ppg": "postprandial glucose",
    "rbg": "random blood glucose",
    "wbcs": "wbc",
    "rbcs": "rbc",
}
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bhemoglobin a1c\b", "hba1c"),
        (r"\bhemoglobin a 1c\b", "hba1c"),
        (r"\ba1c\b", "hba1c"),
        (r"\bhba1c hba1c\b", "hba1c"),
        (r"\balkaline phos\b", "alkaline phosphatase"),
        (r"\balkaline phosphate\b", "alkaline phosphatase"),
        (r"\bsp gravity\b", "specific gravity"),
        (r"\bsp gr\b", "specific gravity"),
        (r"\bspecific gr\b", "specific gravity"),
        (r"\bsgot sgpt\b", "sgot sgpt"),
        (r"\bt 3\b", "t3"),
        (r"\bt 4\b", "t4"),
        (r"\bvitamin d 3\b", "vitamin d3"),
        (r"\bvitamin b 12\b", "vitamin b12"),
        (r"\bhs c reactive\b", "hs crp"),
        (r"\bd dimers?\b", "d dimer"),
        (r"\big ([gmae])\b", r"ig\1"),
        (r"^s g$", "specific gravity"),
    )
)

_NON_ALNUM_RE = re.compile(r"[^a-z0-9^]+")
# "S.G." is specific gravity, so a one-letter word after the dot is not a name being prefixed.
_LEADING_S_RE = re.compile(r"^\s*(?:s|sr|p)\s*\.\s*(?![a-z]\b)", re.IGNORECASE)
# "M.C.H.", "S.G.P.T", "R. B. C.": one letter, a dot, repeated.
_DOTTED_RE = re.compile(r"\b[A-Za-z]\.(?:\s?[A-Za-z]\.)+(?:\s?[A-Za-z]\b)?")
# LOINC long names: the bracketed property ("[Mass/volume]") and linking words say nothing about the test.
_LOINC_PROPERTY_RE = re.compile(r"\[[^\]]*\]")
_STOP_WORDS = frozenset(("in", "or", "by", "of", "the", "for", "on", "at", "to", "with"))


# Words that occur on reports around test names without naming a test ("MP (Card test)", "HBsAg (Rapid)").
# Typo correction must treat them as correctly spelt rather than "fix" card into ward.
REPORT_WORDS: frozenset[str] = frozenset(
    """
    card rapid test kit device strip tube slide level value assay screen screening panel profile method
    quantitative qualitative titre titer result results report total ratio index random fasting sample
    spot first second third hour hours day morning evening calculated derived measured direct indirect
    normal abnormal positive negative reactive present absent trace nil high low
    """.split()  # - a word list reads and diffs better as text
)


@dataclass(frozen=True)
class NormalizedName:
    """A lab-test name in canonical form, with the specimen and methods it mentioned set aside."""

    text: str
    specimen: str | None
    methods: tuple[str, ...]

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.text.split())


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def apply_spelling(text: str) -> str:
    """Rewrite British spellings, abbreviations and run-together forms in already-lowercased, spaced text."""
    for pattern, replacement in _SPELLING_RULES:
        text = pattern.sub(replacement, text)
    text = " ".join(_ABBREVIATIONS.get(token, token) for token in text.split())
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return text


def normalize_name(raw: str) -> NormalizedName:
    text = _strip_accents(raw).replace("µ", "u").replace("μ", "u")
    # "M.C.H.", "S.G.P.T", "E.S.R": dotted initialisms are the abbreviation written out letter by letter.
    text = _DOTTED_RE.sub(lambda match: match[0].replace(".", "").replace(" ", ""), text)
    # "S. Creatinine", "Sr. Calcium", "P. Glucose": the prefix is a specimen, not part of the name.
    text = _LEADING_S_RE.sub(" ", text)
    text = _LOINC_PROPERTY_RE.sub(" ", text).replace("γ", " gamma ")
    text = _UNIT_RE.sub(" ", text.lower())
    text = text.replace("&", " and ").replace("+", " ")
    text = _NON_ALNUM_RE.sub(" ", text).replace("^", " ")
    text = apply_spelling(text)

    kept: list[str] = []
    methods: list[str] = []
    specimens: set[str] = set()
    for position, token in enumerate(text.split()):
        if position == 0 and token == "s" and " " in text.strip():
            specimens.add("serum")
            continue
        if token in _STOP_WORDS:
            continue
        specimen = _SPECIMEN_WORDS.get(token)
        if specimen is not None:
            specimens.add(specimen)
            if token in _DROPPED_SPECIMEN_WORDS:
                continue
        if token in _METHOD_WORDS:
            methods.append(token)
            continue
        # "Haemoglobin (Hb)" says hemoglobin twice once expanded; the repeat adds nothing.
        if (token in _UNIT_WORDS and kept) or token in kept:
            continue
        kept.append(token)
    # A name that was nothing but a specimen ("Serum") keeps it rather than becoming empty; one that was
    # nothing but a method ("(CLIA)") is no test name and stays empty.
    if not kept:
        kept = [token for token in text.split() if token not in _METHOD_WORDS and token not in _STOP_WORDS]
    return NormalizedName(text=" ".join(kept), specimen=_first_specimen(specimens), methods=tuple(methods))


def _first_specimen(specimens: set[str]) -> str | None:
    return next((specimen for specimen in _SPECIMEN_PRIORITY if specimen in specimens), None)


def specimen_of(text: str) -> str | None:
    """The specimen a normalized text names, e.g. after typo correction turned "urie" into "urine"."""
    return _first_specimen({_SPECIMEN_WORDS[word] for word in text.split() if word in _SPECIMEN_WORDS})
