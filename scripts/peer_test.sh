#!/usr/bin/env bash
# make peer-test: run the official Python SDK's generated API tests against the fake API.
#
# The sdists of anthropic 0.75.0 (anthropic-version 2023-06-01) and 2.14.0 (2026-10-21) ship
# tests/api_resources/, written for a schema-validating mock server on 127.0.0.1:4010. This
# script starts `python -m msgtypes.testing --mock` there (from the project's venv), and for each
# SDK version: downloads its sdist, installs the SDK and what its tests import into a venv of its
# own (two SDK generations cannot share one: 0.x runs on httpx, 2.x on httpx2), and runs the test
# files for messages, messages/batches and models, stable and beta (and completions on 0.75.0,
# which 2.x removed). Every test that is not skipped must pass. Then each SDK, unmodified, runs a
# user's session (tests/testing/sdk_session.py: create, stream, count_tokens, batches, models)
# against the faithful fake (`python -m msgtypes.testing`, on the next port).
#
# The sdists and venvs live under $PEER_DIR (default ${TMPDIR:-/tmp}/msgtypes-peer) and are
# reused when present; PEER_PORT picks another port. `scripts/peer_test.sh 2.14.0` runs one version;
# extra pytest arguments follow `--`.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
PORT="${PEER_PORT:-4010}"
WORK="${PEER_DIR:-${TMPDIR:-/tmp}/msgtypes-peer}"

VERSIONS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do VERSIONS+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#VERSIONS[@]} -eq 0 ] && VERSIONS=(0.75.0 2.14.0)

started=$(date +%s)
mkdir -p "$WORK"

# What each SDK's test suite imports besides the SDK: pytest-asyncio and respx (conftest, batch
# results tests), the aiohttp extra (async tests run once more on DefaultAioHttpClient); 2.x
# also inline-snapshot and http-snapshot (its conftest) and dirty-equals.
deps_for() {
  case "$1" in
    0.*|1.*) echo "anthropic[aiohttp]==$1 pytest pytest-asyncio respx" ;;
    *) echo "anthropic[aiohttp]==$1 pytest pytest-asyncio respx inline-snapshot http-snapshot[httpx] dirty-equals" ;;
  esac
}

tests_for() {
  local files=(
    tests/api_resources/test_messages.py
    tests/api_resources/messages/test_batches.py
    tests/api_resources/test_models.py
    tests/api_resources/beta/test_messages.py
    tests/api_resources/beta/messages/test_batches.py
    tests/api_resources/beta/test_models.py
  )
  case "$1" in 0.*|1.*) files+=(tests/api_resources/test_completions.py) ;; esac
  echo "${files[@]}"
}

# 2.x's respx needs `import httpx` to be httpx2: its own pytest plugin arranges that.
plugins_for() {
  case "$1" in 0.*|1.*) echo "" ;; *) echo "-p tests._alias_httpx" ;; esac
}

setup() {
  local version="$1" venv="$WORK/venv-$1" sdist="$WORK/anthropic-$1"
  if [ ! -x "$venv/bin/python" ]; then
    echo "peer-test: creating $venv"
    "$PY" -m venv "$venv"
  fi
  local pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)
  if [ ! -f "$venv/.installed" ]; then
    echo "peer-test: installing anthropic $version and its test dependencies"
    # shellcheck disable=SC2046
    "${pip[@]}" install $(deps_for "$version")
    touch "$venv/.installed"
  fi
  if [ ! -f "$sdist/tests/conftest.py" ]; then
    echo "peer-test: downloading the anthropic==$version sdist"
    "${pip[@]}" download --no-deps --no-binary :all: "anthropic==$version" -d "$WORK"
    tar -xzf "$WORK/anthropic-$version.tar.gz" -C "$WORK" \
      "anthropic-$version/tests" "anthropic-$version/pyproject.toml"
  fi
}

for version in "${VERSIONS[@]}"; do setup "$version"; done

FAITHFUL_PORT=$((PORT + 1))
for port in "$PORT" "$FAITHFUL_PORT"; do
  if "$PY" -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1',$port))!=0)"; then
    echo "peer-test: 127.0.0.1:$port is already in use (PEER_PORT picks another)" >&2
    exit 1
  fi
done

SERVERS=()
trap 'for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; done' EXIT

# start_fake PORT LOG [--mock]: serve the fake and wait until it listens
start_fake() {
  local port="$1" log="$2"
  shift 2
  (cd "$ROOT" && exec "$PY" -m msgtypes.testing --port "$port" "$@") >"$log" 2>&1 &
  local pid=$!
  SERVERS+=("$pid")
  for _ in $(seq 1 100); do
    if "$PY" -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1',$port)))"; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "peer-test: the fake API did not start:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "peer-test: the fake API did not listen on $port in time" >&2
  exit 1
}

start_fake "$PORT" "$WORK/fake-api.log" --mock
start_fake "$FAITHFUL_PORT" "$WORK/fake-api-faithful.log"

status=0
for version in "${VERSIONS[@]}"; do
  read -r -a files <<<"$(tests_for "$version")"
  read -r -a plugins <<<"$(plugins_for "$version")"
  echo "peer-test: anthropic $version: ${#files[@]} SDK test files against http://127.0.0.1:$PORT"
  (
    cd "$WORK/anthropic-$version"
    # the sdist's own pytest settings (asyncio mode, warnings as errors) minus xdist
    TEST_API_BASE_URL="http://127.0.0.1:$PORT" ANTHROPIC_BASE_URL="" \
      "$WORK/venv-$version/bin/python" -m pytest -c pyproject.toml --rootdir . \
      -p no:cacheprovider "${plugins[@]}" -o addopts="--tb=short" -q -rs "$@" "${files[@]}"
  ) || status=$?
  echo "peer-test: anthropic $version: a user's session against the faithful fake"
  "$WORK/venv-$version/bin/python" "$ROOT/tests/testing/sdk_session.py" \
    "http://127.0.0.1:$FAITHFUL_PORT" || status=$?
done

echo "peer-test: finished in $(( $(date +%s) - started ))s (exit $status)"
exit "$status"
