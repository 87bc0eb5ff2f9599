"""LOINC codes: a number, a hyphen and a mod-10 check digit ("2345-7")."""

from __future__ import annotations

import re

_LOINC_RE = re.compile(r"^(\d{1,7})-(\d)$")
# A LOINC code printed with a name ("2345-7 Glucose SerPl-mCnc", "Glucose (LOINC 2345-7)", HL7's
# "2345-7^Glucose^LN"), with the word that labels it: three digits or more, a hyphen and one digit, not
# inside a longer number or a range ("12-16", "1.5-2").
_IN_TEXT_RE = re.compile(r"(?<![\w.,-])(?:loinc\s*[:#]?\s*)?(\d{3,7})-(\d)(?![\w.,]|-\d)", re.IGNORECASE)


def loinc_check_digit(number: str) -> int:
    """LOINC's mod-10 check digit of the code's number part (the part before the hyphen)."""
    digits = [int(d) for d in number]
    total = 0
    # Luhn from the right: double every other digit, starting with the rightmost one.
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 0:
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return (10 - total % 10) % 10


def valid_loinc(code: str) -> bool:
    match = _LOINC_RE.match(code)
    return match is not None and _is_code(match)


def _is_code(match: re.Match[str]) -> bool:
    return loinc_check_digit(match[1]) == int(match[2])


def codes_in(text: str) -> list[str]:
    """The LOINC codes printed in `text` whose check digit is right (a number a name holds, "CA 19-9" or
    "PTH 1-84", is no code: too short, or its last digit is not the check digit)."""
    if "-" not in text:
        return []
    return [f"{match[1]}-{match[2]}" for match in _IN_TEXT_RE.finditer(text) if _is_code(match)]


def without_codes(text: str) -> str:
    """`text` with the LOINC codes `codes_in` finds (and the word "LOINC" labelling one) made spaces."""
    if "-" not in text:
        return text
    return _IN_TEXT_RE.sub(lambda match: " " if _is_code(match) else match[0], text)
