#!/usr/bin/env bash
# Builds the root filesystem of zivo/python-base from Debian packages, no registry needed:
# debootstrap (bookworm, minbase) with Debian's Python 3.11 and the CA bundle, then removes what never
# runs in a container (docs, locales, apt's caches, perl, the package tools), adds the unprivileged
# `app` user, and writes a tarball for `FROM scratch` + `ADD`.
#   usage: mkrootfs.sh OUTPUT.tar      (root; network access to a Debian mirror)
set -euo pipefail
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C

out="$(realpath -m "${1:?usage: mkrootfs.sh OUTPUT.tar}")"
suite="${DEBIAN_SUITE:-bookworm}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "debootstrap needs root" >&2; exit 1; }

work="$(mktemp -d /tmp/zivo-rootfs.XXXXXX)"
trap 'umount -R "$work/root/proc" 2>/dev/null || true; rm -rf "$work"' EXIT

debootstrap --variant=minbase --include=python3.11,ca-certificates "$suite" "$work/root" "$mirror" \
  >"$work/debootstrap.log" 2>&1 || { tail -30 "$work/debootstrap.log" >&2; exit 1; }

cd "$work/root"
cat > etc/apt/sources.list <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
SOURCES
ln -sf python3.11 usr/bin/python3
ln -sf python3.11 usr/bin/python
echo 'app:x:10001:10001:zivo:/app:/usr/sbin/nologin' >> etc/passwd
echo 'app:x:10001:' >> etc/group
echo 'app:!:19000::::::' >> etc/shadow

# Nothing below runs in a container: documentation, translations, package caches and tools, perl
# (dpkg's), the standard library's own tests and GUI modules, and bytecode we let Python regenerate.
rm -rf usr/share/doc usr/share/man usr/share/info usr/share/locale usr/share/lintian usr/share/common-licenses \
  usr/share/perl* usr/lib/x86_64-linux-gnu/perl* usr/bin/perl* usr/share/zsh usr/share/bash-completion \
  var/cache/apt/* var/lib/apt/lists/* var/cache/debconf/*-old var/lib/dpkg/*-old var/log/* \
  usr/lib/x86_64-linux-gnu/gconv usr/bin/localedef usr/sbin/*fdisk* usr/bin/lsblk \
  usr/lib/python3.11/pydoc_data usr/lib/python3.11/idlelib usr/lib/python3.11/lib2to3 \
  usr/lib/python3.11/tkinter usr/lib/python3.11/turtledemo usr/lib/python3.11/ensurepip
find usr/lib/python3.11 -name __pycache__ -type d -prune -exec rm -rf {} +
find usr/lib/python3.11 -type d -name test -prune -exec rm -rf {} +

tar --numeric-owner --sort=name --mtime=@0 -cf "$out" .
echo "rootfs: $(du -sm . | cut -f1) MB -> $out"
