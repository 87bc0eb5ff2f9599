"""The goal on a small repository in a RuleRunner: the dependency graph, the chain and the real API budget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import toml
from pants.backend.docker import register as docker
from pants.backend.python import register as python
from pants.core import register as core
from pants.testutil.rule_runner import GoalRuleResult, RuleRunner

from zivo_pants.deps_report.rules import DepsReportGoal
from zivo_pants.deps_report.rules import rules as deps_report_rules

# The budget CI enforces on the API image (a `files` dependency of this test).
API_BUDGET = Path("docker/api/deps-budget.toml").read_text()


# The pex CLI pants.toml pins (./pants builds it from PyPI; Pants would fetch it from GitHub), read from there
# so that the test follows the pin.
_PEX_CLI = toml.loads(Path("pants.toml").read_text())["pex-cli"]
_PEX = next(version for version in _PEX_CLI["known_versions"] if "|linux_x86_64|" in version)
GLOBAL_ARGS = [
    "--source-root-patterns=['/src/python']",
    "--python-infer-use-rust-parser",
    f"--pex-cli-version={_PEX_CLI['version']}",
    f"--pex-cli-url-template={_PEX_CLI['url_template'].replace('%(homedir)s', str(Path.home()))}",
    f"--pex-cli-known-versions=['{_PEX}']",
    "--python-bootstrap-search-path=['<PYENV>', '<PATH>']",
]
ENV = {"PATH", "PYENV_ROOT", "HOME"}


@pytest.fixture()
def rule_runner() -> RuleRunner:
    return RuleRunner(
        rules=[*deps_report_rules(), *core.rules(), *python.rules(), *docker.rules()],
        target_types=[*core.target_types(), *python.target_types(), *docker.target_types()],
    )


def _run(rule_runner: RuleRunner, *args: str) -> GoalRuleResult:
    # run_goal_rule builds its own options: pass ours every time.
    return rule_runner.run_goal_rule(DepsReportGoal, global_args=GLOBAL_ARGS, args=args, env_inherit=ENV)


def _repo(rule_runner: RuleRunner, x_imports: str) -> None:
    rule_runner.write_files(
        {
            "3rdparty/python/BUILD": (
                'python_requirement(name="fastapi", requirements=["fastapi==0.115.0"])\n'
                'python_requirement(name="sentence-transformers",'
                ' requirements=["sentence-transformers==3.0.1"])\n'
            ),
            "src/python/zivo/api/BUILD": "python_sources()\n",
            "src/python/zivo/api/server.py": "from zivo.api import app\n\ndef main():\n    app.run()\n",
            "src/python/zivo/api/app.py": "import fastapi\nfrom zivo.api import x\n\ndef run():\n    pass\n",
            "src/python/zivo/api/x.py": x_imports,
            # Only the sources PEX: reporting it needs the dependency graph, not a resolve.
            "docker/api/BUILD": (
                'pex_binary(name="api-srcs", entry_point="zivo.api.server:main",'
                " include_requirements=False)\n"
            ),
            "docker/api/deps-budget.toml": API_BUDGET,
        }
    )


def test_forbidden_import_breaks_the_api_budget_naming_the_chain(rule_runner: RuleRunner) -> None:
    _repo(rule_runner, "import sentence_transformers\n")
    result = _run(rule_runner, "--check", "docker/api:api-srcs")
    assert result.exit_code == 1
    assert (
        "src/python/zivo/api/server.py → src/python/zivo/api/app.py → src/python/zivo/api/x.py imports "
        "sentence-transformers: forbidden in zivo/api (docker/api/deps-budget.toml)"
    ) in result.stderr


def test_without_the_import_the_budget_holds(rule_runner: RuleRunner) -> None:
    _repo(rule_runner, "import json\n")
    result = _run(rule_runner, "--check", "docker/api:api-srcs")
    assert result.exit_code == 0, result.stderr
    assert "budget ok: docker/api:api-srcs (docker/api/deps-budget.toml)" in result.stderr


def test_json_lists_first_party_modules_and_requirements_with_chains(rule_runner: RuleRunner) -> None:
    _repo(rule_runner, "import json\n")
    result = _run(rule_runner, "--format=json", "docker/api:api-srcs")
    assert result.exit_code == 0, result.stderr
    [data] = json.loads(result.stdout)
    assert data["target"] == "docker/api:api-srcs"
    assert data["kind"] == "pex_binary"
    assert [f["path"] for f in data["first_party"]] == [
        "src/python/zivo/api/app.py",
        "src/python/zivo/api/server.py",
        "src/python/zivo/api/x.py",
    ]
    assert {f["path"]: f["bytes"] for f in data["first_party"]}["src/python/zivo/api/x.py"] == len(
        "import json\n"
    )
    [req] = data["requirements"]
    assert req["why"] == ["src/python/zivo/api/server.py", "src/python/zivo/api/app.py", "fastapi"]
    assert data["budget"] == {"file": "docker/api/deps-budget.toml", "name": "zivo/api", "violations": []}


def test_why_names_a_first_party_module_and_each_file_that_imports_it(rule_runner: RuleRunner) -> None:
    _repo(rule_runner, "import json\n")
    result = _run(rule_runner, "--why=zivo.api.x", "docker/api:api-srcs")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "why zivo.api.x (src/python/zivo/api/x.py), a first-party file: in 1 of 1 image",
        "  docker/api:api-srcs: 12 bytes, layer first-party, start-up import: not measured",
        "    imported by src/python/zivo/api/app.py: "
        "src/python/zivo/api/server.py → src/python/zivo/api/app.py → src/python/zivo/api/x.py",
    ]


def test_a_source_file_named_as_argument_is_asked_of_every_image(rule_runner: RuleRunner) -> None:
    _repo(rule_runner, "import json\n")
    result = _run(rule_runner, "--format=json", "src/python/zivo/api/x.py")
    assert result.exit_code == 0, result.stderr
    [answer] = json.loads(result.stdout)
    assert (answer["question"], answer["kind"], answer["name"]) == (
        "src/python/zivo/api/x.py",
        "first-party",
        "src/python/zivo/api/x.py",
    )
    [image] = answer["images"]  # the only image or PEX in this repository, found without being named
    assert image["target"] == "docker/api:api-srcs"
    assert image["reasons"] == [
        {
            "kind": "imported-by",
            "by": "src/python/zivo/api/app.py",
            "why": [
                "src/python/zivo/api/server.py",
                "src/python/zivo/api/app.py",
                "src/python/zivo/api/x.py",
            ],
        }
    ]


def test_a_requirement_the_code_reaches_but_no_pex_packs_is_said_so(rule_runner: RuleRunner) -> None:
    _repo(rule_runner, "import json\n")
    result = _run(rule_runner, "3rdparty/python:fastapi")
    # As grep: 1, since no image holds it; the sources-only PEX reaches it through app.py.
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines() == [
        "why 3rdparty/python:fastapi (fastapi), a distribution: in 0 of 1 image",
        "  docker/api:api-srcs: not packed in it, though its code reaches it",
        "    src/python/zivo/api/server.py → src/python/zivo/api/app.py imports fastapi",
    ]


def test_a_source_file_no_image_holds_is_said_so_plainly(rule_runner: RuleRunner) -> None:
    _repo(rule_runner, "import json\n")
    rule_runner.write_files({"src/python/zivo/api/unused.py": "VALUE = 1\n"})
    result = _run(rule_runner, "src/python/zivo/api/unused.py")
    assert result.exit_code == 1
    assert result.stdout == "why src/python/zivo/api/unused.py: in none of the 1 image reported\n"


def test_arguments_that_are_neither_images_nor_questions_say_what_to_run(rule_runner: RuleRunner) -> None:
    _repo(rule_runner, "import json\n")
    result = _run(rule_runner, "src/python/zivo/api::")
    assert result.exit_code == 1
    assert "to ask which images hold a file or a requirement, name it" in result.stderr
    result = _run(rule_runner, "--format=html", "--why=fastapi", "docker/api:api-srcs")
    assert result.exit_code == 1
    assert "answered as a table or --format=json, not as HTML" in result.stderr
