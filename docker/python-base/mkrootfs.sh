#!/usr/bin/env bash
# Builds the two root filesystems of zivo's Python images from Debian packages, no registry needed:
#   rootfs-build.tar  mmdebstrap (bookworm, minbase) + Debian's Python 3.11, CA bundle and binutils: the
#                     stage images unpack PEXes and strip binaries in.
#   rootfs.tar        the runtime: the same Python, only the shared libraries it and manylinux wheels
#                     load, dash as /bin/sh, the CA bundle and an unprivileged `app` user. No busybox:
#                     its one binary carries wget, nc, telnet, httpd, ftpput... whatever links exist
#                     (`busybox wget` works without a link), and the health checks need only Python.
#   usage: mkrootfs.sh OUT_DIR      (root; network access to a Debian mirror)
#   Both tarballs are byte-identical for identical Debian packages: sorted entries, every mtime at
#   SOURCE_DATE_EPOCH, numeric owners, and no logs, caches, backups or host files left behind.
set -euo pipefail
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C
# A constant, not the commit time: the layers must not change when nothing in them does.
export SOURCE_DATE_EPOCH=0

out_dir="$(realpath -m "${1:?usage: mkrootfs.sh OUT_DIR}")"
suite="${DEBIAN_SUITE:-bookworm}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "mkrootfs.sh needs root (mmdebstrap's root mode)" >&2; exit 1; }

work="$(mktemp -d /tmp/zivo-rootfs.XXXXXX)"
# --one-file-system: never through a mount into the host (see the unshare below).
trap 'rm -rf --one-file-system "$work"' EXIT
build="$work/build" slim="$work/slim"

# mmdebstrap, not debootstrap: apt downloads the packages in parallel and installs them in one dpkg run,
# where debootstrap fetches them one after another (half the time, README "Cold builds"). dpkg skips
# its fsync after every file (force-unsafe-io): a throwaway tree needs no crash safety. mmdebstrap
# leaves no apt lists or package caches behind. Its merged-usr hook sets up /usr as debootstrap does
# (directory symlinks and usr-is-merged); otherwise apt takes the first alternative of
# init-system-helpers' "usrmerge | usr-is-merged", and usrmerge pulls in perl.
# In a mount namespace of its own: root mode bind-mounts the host's /dev/shm (and /dev/pts, /proc,
# /sys) into the tree. Killed mid-run (a cancelled build), it would leave those mounts on the host,
# and removing the tree would then delete the host's shared memory (PostgreSQL's segments with it).
# A private namespace takes its mounts with it however mmdebstrap ends.
unshare --mount --propagation private \
  mmdebstrap --mode=root --variant=minbase --include=python3.11,ca-certificates,binutils \
  --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr --dpkgopt=force-unsafe-io \
  "$suite" "$build" "$mirror" >"$work/mmdebstrap.log" 2>&1 || { tail -30 "$work/mmdebstrap.log" >&2; exit 1; }
rm "$build/etc/dpkg/dpkg.cfg.d/99mmdebstrap"  # the force-unsafe-io above

cd "$build"
ln -sf python3.11 usr/bin/python3
ln -sf python3.11 usr/bin/python
echo 'app:x:10001:10001:zivo:/app:/sbin/nologin' >> etc/passwd
echo 'app:x:10001:' >> etc/group
# The standard library's tests, GUI and packaging modules never run in a service.
rm -rf usr/lib/python3.11/{pydoc_data,idlelib,lib2to3,tkinter,turtledemo,ensurepip} \
  usr/share/doc usr/share/man usr/share/info usr/share/locale var/cache/apt/* var/lib/apt/lists/*
find usr/lib/python3.11 -name __pycache__ -type d -prune -exec rm -rf {} +
find usr/lib/python3.11 -type d -name test -prune -exec rm -rf {} +
# What differs between two runs of debootstrap: logs, caches and their backups, files copied from the
# host, and the day of the build in the shadow file (days since the epoch of the last password change).
rm -rf var/log/* var/cache/ldconfig/aux-cache var/cache/debconf/*-old var/lib/dpkg/*-old \
  etc/*- etc/hostname etc/resolv.conf etc/machine-id var/lib/dbus/machine-id tmp/* run/* var/tmp/*
sed -i -E "s/^([^:]*:[^:]*:)[0-9]+:/\1$((SOURCE_DATE_EPOCH / 86400)):/" etc/shadow

# The runtime: copy what Python and wheels need, with the libraries ldd says they load.
copy() { for path in "$@"; do cp -a --parents "$path" "$slim"; done; }
mkdir -p "$slim"/{tmp,data,app,root,etc,usr/bin,usr/lib,usr/lib64,proc,sys,dev}
chmod 1777 "$slim/tmp"
chown 10001:10001 "$slim/data"  # the embedded default keeps its SQLite file and queue here
# Debian's merged /usr, as in the build tree: /bin, /lib and /lib64 point into /usr.
for link in bin lib lib64; do ln -s "usr/$link" "$slim/$link"; done
inside() { chroot "$build" "$@"; }  # paths as the image will see them
copy usr/bin/python3.11 usr/bin/python3 usr/bin/python usr/lib/python3.11 etc/python3.11 \
  etc/ssl etc/ca-certificates.conf usr/share/ca-certificates usr/lib/ssl usr/share/zoneinfo \
  etc/passwd etc/group etc/nsswitch.conf etc/host.conf etc/localtime usr/bin/dash
# What manylinux wheels may load from the system: all of glibc, libstdc++, libgcc_s and zlib.
copy usr/lib/x86_64-linux-gnu/libstdc++.so.6* usr/lib/x86_64-linux-gnu/libgcc_s.so.1 \
  $(inside dpkg -L libc6 zlib1g | grep -E '^(/usr)?/lib/x86_64-linux-gnu/[^/]+\.so' | sed -E 's|^(/usr)?/|usr/|')
elves=(/usr/bin/python3.11 /usr/bin/dash)
for module in usr/lib/python3.11/lib-dynload/*.so; do elves+=("/$module"); done  # (cwd is $build)
libs="$(inside ldd "${elves[@]}" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u)"
for lib in $libs /lib64/ld-linux-x86-64.so.2; do
  copy "${lib#/}"
  target="$(inside readlink -f "$lib")"; copy "${target#/}"
done
ln -sf dash "$slim/usr/bin/sh"

pack() { tar --numeric-owner --sort=name --mtime="@$SOURCE_DATE_EPOCH" --format=gnu -cf "$1" -C "$2" .; }
pack "$out_dir/rootfs-build.tar" "$build"
pack "$out_dir/rootfs.tar" "$slim"
echo "rootfs-build: $(du -sm "$build" | cut -f1) MB, rootfs: $(du -sm "$slim" | cut -f1) MB -> $out_dir"
