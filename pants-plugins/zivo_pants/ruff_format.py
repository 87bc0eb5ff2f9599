"""`ruff format` as a Pants formatter.

Pants 2.17 ships ruff as a linter (`pants lint`) and fixer (`pants fix`, i.e. `ruff --fix`) but not as a
formatter; this adds it to `pants fmt`, reusing the `[ruff]` subsystem, its resolve and its config.
"""

from __future__ import annotations

from pants.backend.python.lint.ruff.subsystem import Ruff, RuffFieldSet
from pants.backend.python.util_rules.pex import PexRequest, VenvPex, VenvPexProcess
from pants.core.goals.fmt import FmtResult, FmtTargetsRequest
from pants.core.util_rules.config_files import ConfigFiles, ConfigFilesRequest
from pants.core.util_rules.partitions import PartitionerType
from pants.engine.fs import Digest, MergeDigests
from pants.engine.process import ProcessResult
from pants.engine.rules import Get, MultiGet, collect_rules, rule
from pants.util.logging import LogLevel
from pants.util.meta import classproperty
from pants.util.strutil import pluralize


class RuffFormatRequest(FmtTargetsRequest):
    field_set_type = RuffFieldSet
    tool_subsystem = Ruff
    partitioner_type = PartitionerType.DEFAULT_SINGLE_PARTITION

    @classproperty
    def tool_name(cls) -> str:  # noqa: N805 (a classproperty)
        return "ruff format"


@rule(desc="Format with ruff format", level=LogLevel.DEBUG)
async def ruff_format(request: RuffFormatRequest.Batch, ruff: Ruff) -> FmtResult:
    ruff_pex, config_files = await MultiGet(
        Get(VenvPex, PexRequest, ruff.to_pex_request()),
        Get(ConfigFiles, ConfigFilesRequest, ruff.config_request(request.snapshot.dirs)),
    )
    input_digest = await Get(Digest, MergeDigests((request.snapshot.digest, config_files.snapshot.digest)))
    config_args = (f"--config={ruff.config}",) if ruff.config else ()
    result = await Get(
        ProcessResult,
        VenvPexProcess(
            ruff_pex,
            argv=("format", *config_args, *request.files),
            input_digest=input_digest,
            output_files=request.files,
            description=f"Run ruff format on {pluralize(len(request.files), 'file')}.",
            level=LogLevel.DEBUG,
        ),
    )
    return await FmtResult.create(request, result, strip_chroot_path=True)


def rules():
    return [*collect_rules(), *RuffFormatRequest.rules()]
