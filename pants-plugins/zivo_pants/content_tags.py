"""Content tags for `docker_image` targets: a hash of what goes into an image, never of the machine.

Pants' `{pants.hash}` hashes the whole build context *and* the `[docker].env_vars` values (HOME,
DOCKER_HOST, ...), and passes upstream images by their first tag, so it changes with the machine and
misses a change in a base image. The content tag instead hashes, per image:

- the Dockerfile's text;
- the bytes of every build-context path it COPYs or ADDs (PEXes, tarballs, files: Pants' digest of them);
- the build arguments the Dockerfile declares, other than FROM images, with their values;
- for each FROM image argument, the upstream image's own content tag when it names a Pants target, or
  the image reference given in its place (a registry host dropped: `reg:5000/zivo/x:TAG` is `zivo/x:TAG`,
  so a base pulled from a registry by its content tag gives the same tag as the base built here).

Nothing from HOME, Pants' or Docker's caches, the time or the Docker engine goes in. Every docker_image
gets the content tag first (Pants then passes it to dependents' FROM arguments), then `latest`.
`pants content-tags TARGETS` prints them as JSON lines without building any image.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from pants.backend.docker.subsystems.docker_options import DockerOptions
from pants.backend.docker.subsystems.dockerfile_parser import DockerfileInfo, DockerfileInfoRequest
from pants.backend.docker.target_types import (
    DockerImageBuildArgsField,
    DockerImageRepositoryField,
    DockerImageSkipPushField,
    DockerImageSourceField,
    DockerImageTags,
    DockerImageTagsRequest,
)
from pants.backend.docker.util_rules.docker_build_context import (
    DockerBuildContext,
    DockerBuildContextRequest,
)
from pants.engine.addresses import Address, Addresses, UnparsedAddressInputs
from pants.engine.console import Console
from pants.engine.fs import Digest, DigestContents, DigestSubset, GlobMatchErrorBehavior, PathGlobs
from pants.engine.goal import Goal, GoalSubsystem
from pants.engine.rules import Get, MultiGet, collect_rules, goal_rule, rule
from pants.engine.target import Target, Targets
from pants.engine.unions import UnionRule
from pants.util.frozendict import FrozenDict

from zivo_pants.dockerfile import context_sources

TAG_LENGTH = 32  # hex digits of sha256: 128 bits
_CONTENT_TAG = re.compile(rf"^[0-9a-f]{{{TAG_LENGTH}}}$")


def without_registry(reference: str) -> str:
    first, sep, rest = reference.partition("/")
    if sep and ("." in first or ":" in first or first == "localhost"):
        return rest
    return reference


def upstream_key(reference: str) -> str:
    """A FROM reference as it enters the hash: a content tag stands for its content wherever it lives."""
    name, _, tag = without_registry(reference).rpartition(":")
    if name and "/" not in tag and _CONTENT_TAG.match(tag):
        return f"content:{tag}"
    return without_registry(reference)


@dataclass(frozen=True)
class ImageInputsRequest:
    address: Address


@dataclass(frozen=True)
class ImageInputs:
    address: Address
    own: str  # hash of the Dockerfile, what it copies, and its plain build arguments
    # (FROM argument, upstream docker_image address or None, the reference given)
    upstream: tuple[tuple[str, Address | None, str], ...]


@rule
async def image_inputs(request: ImageInputsRequest) -> ImageInputs:
    context, info = await MultiGet(
        Get(DockerBuildContext, DockerBuildContextRequest(request.address, build_upstream_images=False)),
        Get(DockerfileInfo, DockerfileInfoRequest(request.address)),
    )
    dockerfile = (await Get(DigestContents, Digest, info.digest))[0].content.decode()
    sources = context_sources(dockerfile)
    copied = await Get(
        Digest,
        DigestSubset(
            context.digest,
            PathGlobs(
                [glob for source in sources for glob in (source, f"{source}/**")],
                glob_match_error_behavior=GlobMatchErrorBehavior.ignore,
            ),
        ),
    )
    declared = {arg.partition("=")[0] for arg in info.build_args}
    from_defaults = info.from_image_build_args.to_dict()
    given = dict(context.interpolation_context.get("build_args", {}))  # type: ignore[call-overload]
    plain_args = {
        name: given.get(name) for name in sorted(declared) if name in given and name not in from_defaults
    }
    from_values = {name: given.get(name) or default for name, default in from_defaults.items()}
    from_values = {name: value for name, value in sorted(from_values.items()) if value}
    resolved = await MultiGet(
        Get(
            Addresses,
            UnparsedAddressInputs(
                [value],
                owning_address=None,
                description_of_origin=f"the FROM argument {name} of {request.address}",
                skip_invalid_addresses=True,
            ),
        )
        for name, value in from_values.items()
    )
    upstream = tuple(
        (name, addresses[0] if addresses else None, value)
        for (name, value), addresses in zip(from_values.items(), resolved)
    )
    own = hashlib.sha256(
        json.dumps(
            {
                "dockerfile": dockerfile,
                "copied": [copied.fingerprint, copied.serialized_bytes_length],
                "build_args": plain_args,
            },
            sort_keys=True,
        ).encode()
    ).hexdigest()
    return ImageInputs(request.address, own, upstream)


@dataclass(frozen=True)
class ContentTagsRequest:
    addresses: tuple[Address, ...]


class ContentTags(FrozenDict[Address, str]):
    pass


@rule
async def content_tags(request: ContentTagsRequest) -> ContentTags:
    inputs: dict[Address, ImageInputs] = {}
    pending = set(request.addresses)
    while pending:
        batch = await MultiGet(Get(ImageInputs, ImageInputsRequest(a)) for a in sorted(pending))
        inputs.update((item.address, item) for item in batch)
        pending = {up for item in batch for _, up, _ in item.upstream if up and up not in inputs}

    tags: dict[Address, str] = {}

    def tag_of(address: Address, seen: tuple[Address, ...] = ()) -> str:
        if address in seen:
            raise ValueError(f"docker images build FROM each other in a cycle: {[*seen, address]}")
        if address not in tags:
            item = inputs[address]
            upstream = {
                name: f"content:{tag_of(up, (*seen, address))}" if up else upstream_key(value)
                for name, up, value in item.upstream
            }
            payload = json.dumps({"own": item.own, "from": upstream}, sort_keys=True).encode()
            tags[address] = hashlib.sha256(payload).hexdigest()[:TAG_LENGTH]
        return tags[address]

    return ContentTags({address: tag_of(address) for address in request.addresses})


class ContentTagImageTagsRequest(DockerImageTagsRequest):
    pass


@rule
async def content_tag_first(request: ContentTagImageTagsRequest) -> DockerImageTags:
    tags = await Get(ContentTags, ContentTagsRequest((request.target.address,)))
    return DockerImageTags([tags[request.target.address], "latest"])


class ContentTagsSubsystem(GoalSubsystem):
    name = "content-tags"
    help = (
        "Print each docker_image's content tag, repository, FROM targets and the FROM arguments its target "
        "sets, as JSON lines, building no image."
    )


class ContentTagsGoal(Goal):
    subsystem_cls = ContentTagsSubsystem
    environment_behavior = Goal.EnvironmentBehavior.LOCAL_ONLY


def repository_of(target: Target, docker: DockerOptions) -> str:
    template = target[DockerImageRepositoryField].value or docker.default_repository
    path = target.address.spec_path
    return template.format(
        name=target.address.target_name,
        directory=path.rsplit("/", 1)[-1],
        parent_directory=path.rsplit("/", 2)[-2] if path.count("/") else "",
    )


def pinned_args(target: Target) -> list[str]:
    """Build arguments the target gives a value in `extra_build_args`."""
    values = target[DockerImageBuildArgsField].value or ()
    return [name for name, has_value, _ in (arg.partition("=") for arg in values) if has_value]


@goal_rule
async def show_content_tags(console: Console, targets: Targets, docker: DockerOptions) -> ContentTagsGoal:
    images = [t for t in targets if t.has_field(DockerImageSourceField)]
    addresses = tuple(t.address for t in images)
    tags = await Get(ContentTags, ContentTagsRequest(addresses))
    inputs = await MultiGet(Get(ImageInputs, ImageInputsRequest(a)) for a in addresses)
    for target, item in zip(images, inputs):
        record = {
            "address": target.address.spec,
            "repository": repository_of(target, docker),
            "tag": tags[target.address],
            "skip_push": bool(target[DockerImageSkipPushField].value),
            "from": {name: up.spec for name, up, _ in item.upstream if up},
            # FROM arguments the target itself sets (extra_build_args): they win over --docker-build-args.
            "pinned": sorted(set(pinned_args(target)) & {name for name, _, _ in item.upstream}),
        }
        console.print_stdout(json.dumps(record, sort_keys=True))
    return ContentTagsGoal(exit_code=0)


def rules():
    return (
        *collect_rules(),
        UnionRule(DockerImageTagsRequest, ContentTagImageTagsRequest),
    )
