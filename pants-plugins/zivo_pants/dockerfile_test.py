from __future__ import annotations

from zivo_pants.dockerfile import DELETED, EXCLUDED, context_sources, left_out, parse

DOCKERFILE = """\
# syntax comment
ARG PYTHON_BASE=zivo/python-base:latest
ARG ML_BASE_IMAGE
FROM ${PYTHON_BASE} AS deps
COPY --chown=0:0 docker.api/api-deps.pex \\
     /tmp/api-deps.pex
ADD ["docker/base/root fs.tar", "/"]
COPY https://example.com/x.tar /opt/
FROM ${ML_BASE_IMAGE}
COPY --from=deps /out/ /
COPY docker/api/a.txt docker/api/b.txt /etc/
"""


def test_stages_and_bases_expand_their_arguments() -> None:
    parsed = parse(DOCKERFILE)
    assert [(stage.base, stage.name) for stage in parsed.stages] == [
        ("zivo/python-base:latest", "deps"),
        ("", None),  # no default and no value given: empty, as Docker would have it
    ]
    assert parsed.stage("deps") is parsed.stages[0]
    assert parsed.final.copies[0].from_stage == "deps"


def test_copies_in_shell_and_json_form_with_flags_and_continuations() -> None:
    copies = parse(DOCKERFILE).stages[0].copies
    assert [(c.sources, c.dest, c.from_stage) for c in copies] == [
        (["docker.api/api-deps.pex"], "/tmp/api-deps.pex", None),
        (["docker/base/root fs.tar"], "/", None),
        (["https://example.com/x.tar"], "/opt/", None),
    ]


def test_context_sources_are_build_context_paths_only() -> None:
    assert context_sources(DOCKERFILE) == [
        "docker.api/api-deps.pex",
        "docker/base/root fs.tar",
        "docker/api/a.txt",
        "docker/api/b.txt",
    ]


def test_unreadable_copies_are_skipped_not_fatal() -> None:
    parsed = parse('FROM scratch\nCOPY "unterminated /x\nCOPY ["only-one"]\nCOPY a /b\n')
    assert [(c.sources, c.dest) for c in parsed.final.copies] == [(["a"], "/b")]


def test_left_out_reads_install_pex_excludes_and_deleted_dist_infos() -> None:
    # As docker/ml-base/Dockerfile: excludes in both spellings across continuations; a comment in
    # between; an `rm` of a distribution's dist-info (hf_xet) deletes it, of other files (torch/bin,
    # the PEX) none.
    text = (
        "FROM python-build AS framework\n"
        "RUN install-pex /tmp/ml-framework.pex /opt/ml deps \\\n"
        "# --exclude=commented-out\n"
        "      --exclude=sentence-transformers --exclude=Scikit_Learn --exclude typer \\\n"
        " && rm -rf /tmp/ml-framework.pex \\\n"
        " && cd /opt/ml/lib/python3.11/site-packages \\\n"
        " && rm -rf setuptools pkg_resources hf_xet hf_xet-*.dist-info torch/bin \\\n"
        " && echo --exclude=not-an-argument\n"
        "FROM python-base\n"
        "RUN rm -rf /opt/ml/lib/python3.11/site-packages/PyYAML-*.dist-info/\n"
    )
    assert left_out(text) == {
        "hf-xet": DELETED,
        "pyyaml": DELETED,
        "scikit-learn": EXCLUDED,
        "sentence-transformers": EXCLUDED,
        "typer": EXCLUDED,
    }
    assert left_out("FROM x\nRUN install-pex /tmp/a.pex /app deps && rm -rf /tmp/a.pex\n") == {}
