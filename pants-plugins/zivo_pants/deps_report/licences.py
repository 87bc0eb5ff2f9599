"""A distribution's licence from its metadata, and its SPDX id where one can be derived.

Order of trust: `License-Expression` (PEP 639, already SPDX), then a `License` field that is itself an
SPDX id or a common spelling of one, then the trove classifiers. Anything else keeps its text, no id.
"""

from __future__ import annotations

# Common spellings in `License` fields, lower-cased, and trove classifiers: both name a licence family.
_ALIASES = {
    "mit": "MIT",
    "mit license": "MIT",
    "the mit license": "MIT",
    "mit-cmu": "MIT-CMU",
    "bsd": "BSD-3-Clause",
    "bsd license": "BSD-3-Clause",
    "new bsd": "BSD-3-Clause",
    "new bsd license": "BSD-3-Clause",
    "3-clause bsd license": "BSD-3-Clause",
    "bsd 3-clause": "BSD-3-Clause",
    "bsd-3-clause": "BSD-3-Clause",
    "bsd 2-clause": "BSD-2-Clause",
    "bsd-2-clause": "BSD-2-Clause",
    "apache": "Apache-2.0",
    "apache 2.0": "Apache-2.0",
    "apache-2.0": "Apache-2.0",
    "apache 2": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
    "apache license, version 2.0": "Apache-2.0",
    "apache software license": "Apache-2.0",
    "apache software license 2.0": "Apache-2.0",
    "psf": "PSF-2.0",
    "psf-2.0": "PSF-2.0",
    "psf license": "PSF-2.0",
    "python software foundation license": "PSF-2.0",
    "isc": "ISC",
    "isc license": "ISC",
    "isc license (iscl)": "ISC",
    "mpl-2.0": "MPL-2.0",
    "mpl 2.0": "MPL-2.0",
    "mozilla public license 2.0 (mpl 2.0)": "MPL-2.0",
    "lgpl": "LGPL-3.0-or-later",
    "lgplv3": "LGPL-3.0-only",
    "lgpl-3.0": "LGPL-3.0-only",
    "gnu lesser general public license v3 (lgplv3)": "LGPL-3.0-only",
    "gnu lesser general public license v2 or later (lgplv2+)": "LGPL-2.0-or-later",
    "gnu general public license v2 (gplv2)": "GPL-2.0-only",
    "gnu general public license v3 (gplv3)": "GPL-3.0-only",
    "gpl": "GPL-3.0-or-later",
    "zpl 2.1": "ZPL-2.1",
    "zope public license": "ZPL-2.1",
    "the unlicense (unlicense)": "Unlicense",
    "unlicense": "Unlicense",
    "public domain": "LicenseRef-Public-Domain",
    "historical permission notice and disclaimer (hpnd)": "HPND",
    "hpnd": "HPND",
    "0bsd": "0BSD",
    "zlib": "Zlib",
    "cc0 1.0 universal (cc0 1.0) public domain dedication": "CC0-1.0",
}

# SPDX ids that appear as-is in `License` fields; matched case-insensitively.
_SPDX_IDS = {v.lower(): v for v in _ALIASES.values() if not v.startswith("LicenseRef-")}


def _one_line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:80] + ("…" if len(first) > 80 or len(text.strip().splitlines()) > 1 else "")


def spdx_for(text: str) -> str | None:
    """The SPDX id for a licence name or classifier, or None."""
    key = text.strip().lower()
    if key.startswith("license ::"):
        key = key.rsplit("::", 1)[1].strip()
        if key in ("osi approved", "other/proprietary license"):
            return None
    if key in _SPDX_IDS:
        return _SPDX_IDS[key]
    return _ALIASES.get(key)


def licence(license_expression: str, license_field: str, classifiers: list[str]) -> tuple[str, str | None]:
    """(what the metadata says, in one line; its SPDX id or expression, or None)."""
    if license_expression:
        return license_expression, license_expression
    field = license_field.strip()
    if field and field.upper() != "UNKNOWN":
        if spdx := spdx_for(field):
            return _one_line(field), spdx
        # A long text (the whole licence pasted in): try the classifiers for the id.
        ids = sorted({s for c in classifiers if (s := spdx_for(c))})
        return _one_line(field), " OR ".join(ids) if ids else None
    names = [c.rsplit("::", 1)[1].strip() for c in classifiers]
    ids = sorted({s for c in classifiers if (s := spdx_for(c))})
    text = "; ".join(n for n in names if n != "OSI Approved") or "unknown"
    return text, " OR ".join(ids) if ids else None
