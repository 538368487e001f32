# msgtypes — quick start: `make run` (demo on bundled examples), `make test` (ruff, mypy, pytest).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test lint typecheck pytest fuzz schemas oracle wire-snapshot bench bench-instructions peer-test clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[server]'
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[dev]'
	@touch $(VENV)/.installed $@

$(VENV)/.installed-bench: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[dev,bench]'
	@touch $(VENV)/.installed $(VENV)/.installed-dev $@

run: $(VENV)/.installed
	$(PY) examples/demo.py

test: $(VENV)/.installed-dev lint typecheck pytest

lint: $(VENV)/.installed-dev
	$(PY) -m ruff check .

# The lint/ folder is the `msglint` package; mypy finds it under that name through a link.
# pyright checks that the typing snippets users would write pass a second type checker too.
typecheck: $(VENV)/.installed-dev
	@mkdir -p $(VENV)/typing-path && ln -sfn $(CURDIR)/lint $(VENV)/typing-path/msglint
	MYPYPATH=$(VENV)/typing-path $(PY) -m mypy --strict -p msgtypes -p msglint
	$(PY) -m pyright tests/typing/pass_*.py

pytest: $(VENV)/.installed-dev
	$(PY) -m pytest

# The fuzz properties of tests/fuzz (a few examples each in `make test`) with many examples and
# larger scaling inputs, then atheris (coverage-guided) on the same checks, FUZZ_SECONDS per target,
# if it installs here (wheels for Linux x86_64). A failing atheris input lands in .fuzz-artifacts/.
FUZZ_EXAMPLES ?= 2000
FUZZ_SCALE ?= 4
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?= sse events results jsonl decode lint

fuzz: $(VENV)/.installed-dev
	MSGTYPES_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) MSGTYPES_FUZZ_SCALE=$(FUZZ_SCALE) \
		$(PY) -m pytest tests/fuzz -p no:cacheprovider
	@if $(PY) -c 'import atheris' 2>/dev/null || $(PIP) install 'atheris>=2.3'; then \
		for t in $(FUZZ_TARGETS); do \
			$(PY) tests/fuzz/atheris_targets.py $$t -max_total_time=$(FUZZ_SECONDS) \
				-print_final_stats=1 || exit 1; \
		done; \
	else echo "atheris did not install: only the hypothesis properties ran"; fi

schemas: $(VENV)/.installed-dev
	$(PY) -m msgtypes._codegen

# Snapshot an official SDK's surface (throwaway venv) and print its drift: make oracle VERSION=2.14.0
oracle: $(VENV)/.installed-dev
	@test -n "$(VERSION)" || { echo "usage: make oracle VERSION=x.y.z"; exit 2; }
	$(PY) scripts/oracle.py $(VERSION)

# Record what an official SDK sends for the wire tests' calls (its own venv, as for oracle):
# make wire-snapshot VERSION=2.14.0 [SDK_PYTHON=/path/to/python/with/that/anthropic]
wire-snapshot: $(VENV)/.installed-dev
	@test -n "$(VERSION)" || { echo "usage: make wire-snapshot VERSION=x.y.z"; exit 2; }
	$(PY) scripts/record_wire.py $(VERSION) $(if $(SDK_PYTHON),--python $(SDK_PYTHON))

# The official SDKs' (0.75.0 and 2.14.0) API tests and a user's session against the fake.
peer-test: $(VENV)/.installed-dev
	PY=$(CURDIR)/$(PY) scripts/peer_test.sh

bench: $(VENV)/.installed-bench
	$(PY) bench/run.py

# The linter's cost in instructions (callgrind), steady between runs: compare commits with it.
bench-instructions: $(VENV)/.installed-bench
	$(PY) bench/instructions.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
