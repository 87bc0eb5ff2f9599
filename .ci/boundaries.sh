#!/usr/bin/env bash
# Proves the dependency boundaries fail the build: adds a forbidden import, expects Pants to refuse it
# with a message naming the rule, and removes it again. Run from the repository root.
set -uo pipefail

probe_dir=""
cleanup() { [[ -n "$probe_dir" ]] && rm -f "$probe_dir/_boundary_probe.py"; }
trap cleanup EXIT

expect_violation() {  # expect_violation DIR IMPORT RULE_TEXT
  local dir="$1" import="$2" rule="$3" out
  probe_dir="$dir"
  printf '%s\n' "$import" >"$dir/_boundary_probe.py"
  out=$(./pants dependencies "$dir/_boundary_probe.py" 2>&1)
  local rc=$?
  rm -f "$dir/_boundary_probe.py"
  if ((rc == 0)); then
    echo "NOT REFUSED: '$import' in $dir"; return 1
  fi
  if ! grep -qF -- "$rule" <<<"$out"; then
    echo "refused, but the message does not name the rule '$rule':"; echo "$out" | tail -20; return 1
  fi
  echo "refused as expected: '$import' in $dir ($rule)"
}

ok=0
expect_violation src/python/zivo/api "import torch" "3rdparty/python/BUILD[!//src/python/zivo/api/**]" || ok=1
expect_violation src/python/zivo/api "import transformers" "3rdparty/python/BUILD[!//src/python/zivo/api/**]" || ok=1
# sentence-transformers is a test-only requirement: the worker's code embeds with transformers alone.
expect_violation src/python/zivo/ml "import sentence_transformers" "3rdparty/python:test#sentence-transformers" || ok=1
expect_violation src/python/zivo/api "import zivo.ml.cli" "src/python/zivo/api/BUILD[!//src/python/zivo/ml/**]" || ok=1
expect_violation src/python/zivo/ml "import fastapi" "3rdparty/python/BUILD[!//src/python/zivo/ml/**]" || ok=1
expect_violation src/python/zivo/ml "import openai" "3rdparty/python/BUILD[!//src/python/zivo/ml/**]" || ok=1
expect_violation src/python/zivo/ml "import zivo.api.app" "src/python/zivo/ml/BUILD[!//src/python/zivo/api/**]" || ok=1
expect_violation src/python/zivo/core "import zivo.api.app" "src/python/zivo/core/BUILD[!//src/python/zivo/api/**]" || ok=1
exit $ok
