#!/usr/bin/env bash
# make peer-test: run the official Python SDK's generated API tests against the fake API.
#
# The sdist of anthropic==0.75.0 ships tests/api_resources/, written for a schema-validating mock
# server on 127.0.0.1:4010. This script downloads the sdist, installs what those tests import,
# starts `python -m msgtypes.testing --mock` on 127.0.0.1:4010, and runs the test files for
# messages, messages/batches, models and completions (stable and beta). Every test that is not
# skipped must pass.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
VERSION="0.75.0"
PORT=4010
WORK="${PEER_DIR:-${TMPDIR:-/tmp}/msgtypes-peer}"
SDIST_DIR="$WORK/anthropic-$VERSION"
PIP=("$PY" -m pip --disable-pip-version-check -q)
TESTS=(
  tests/api_resources/test_messages.py
  tests/api_resources/messages/test_batches.py
  tests/api_resources/test_models.py
  tests/api_resources/test_completions.py
  tests/api_resources/beta/test_messages.py
  tests/api_resources/beta/messages/test_batches.py
  tests/api_resources/beta/test_models.py
)

started=$(date +%s)
mkdir -p "$WORK"

if [ ! -f "$SDIST_DIR/tests/conftest.py" ]; then
  echo "peer-test: downloading the anthropic==$VERSION sdist"
  "${PIP[@]}" download --no-deps --no-binary :all: "anthropic==$VERSION" -d "$WORK"
  tar -xzf "$WORK/anthropic-$VERSION.tar.gz" -C "$WORK" \
    "anthropic-$VERSION/tests" "anthropic-$VERSION/pyproject.toml"
fi

# What the SDK's test suite imports: pytest-asyncio and respx (conftest / batch results tests),
# the aiohttp extra (the async tests run once more on DefaultAioHttpClient), uvicorn (the fake).
echo "peer-test: installing test dependencies"
"${PIP[@]}" install "anthropic[aiohttp]==$VERSION" respx pytest-asyncio uvicorn

if "$PY" -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1',$PORT))!=0)"; then
  echo "peer-test: 127.0.0.1:$PORT is already in use" >&2
  exit 1
fi

LOG="$WORK/fake-api.log"
(cd "$ROOT" && exec "$PY" -m msgtypes.testing --port "$PORT" --mock) >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  if "$PY" -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1',$PORT)))"; then
    break
  fi
  if ! kill -0 "$SERVER" 2>/dev/null; then
    echo "peer-test: the fake API did not start:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.1
done

echo "peer-test: running ${#TESTS[@]} SDK test files against http://127.0.0.1:$PORT"
status=0
(
  cd "$SDIST_DIR"
  # the sdist's own pytest settings (asyncio mode, warnings as errors) minus xdist
  TEST_API_BASE_URL="http://127.0.0.1:$PORT" ANTHROPIC_BASE_URL="" \
    "$PY" -m pytest -c pyproject.toml --rootdir . -p no:cacheprovider \
    -o addopts="--tb=short" -q -rs "$@" "${TESTS[@]}"
) || status=$?

echo "peer-test: finished in $(( $(date +%s) - started ))s (exit $status)"
exit "$status"
