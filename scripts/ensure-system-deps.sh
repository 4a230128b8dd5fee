#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: PostgreSQL (the
# second storage dialect) and Chromium (the browser tests). Safe to run repeatedly.
set -euo pipefail

need=()
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then need+=(postgresql postgresql-contrib); fi
if [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
# A CJK font, or the browser tests' screenshots show boxes instead of Chinese text.
if ! dpkg -s fonts-wqy-microhei >/dev/null 2>&1; then need+=(fonts-wqy-microhei); fi

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
      echo "ensure-system-deps: missing ${need[*]} and not root; install them with apt-get" >&2; exit 1
    fi
  else SUDO=""; fi
  echo "ensure-system-deps: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
