#!/usr/bin/env bash
# The dependency reports and their budget gate (README, "Why is X in my image?"). Runs after the tests,
# which built the images: prints every image's report, fails when a budget in docker/*/deps-budget.toml
# breaks, writes the JSON and HTML reports, and checks what they say about this repository.
set -euo pipefail
cd "$(dirname "$0")/.."

out=dist/deps-report
mkdir -p "$out"
./pants deps-report --check ::
./pants deps-report --format=json --output-file="$out/report.json" ::
./pants deps-report --format=html ::
python3 .ci/deps_report_facts.py "$out/report.json" "$out"
