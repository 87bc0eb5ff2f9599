"""Print "<passed> <failed>" summed over the JUnit XML reports Pants writes (``[test].report``)."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

passed = failed = 0
for report in Path(sys.argv[1]).rglob("*.xml"):
    for suite in ET.parse(report).getroot().iter("testsuite"):
        tests, skipped = int(suite.get("tests", 0)), int(suite.get("skipped", 0))
        bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        failed += bad
        passed += tests - skipped - bad
print(passed, failed)
