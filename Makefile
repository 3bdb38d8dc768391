# Two entry points: `make run` (install and launch coach on the embedded defaults)
# and `make test` (install the dev extras and run the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test check unit bench clean test-model install-check routing-model-check eval-check

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "coach needs Python >= 3.11; set PYTHON=python3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/coach

# The checks of the structure and style (ARCHITECTURE.md, CONTRIBUTING.md), then the suite on every core.
check: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks evals
	$(BIN)/ruff format --check src tests benchmarks evals
	$(BIN)/lint-imports
	$(BIN)/mypy

# One worker more than the cores: many tests wait (a subprocess starting, a server's
# deadline, a TUI settling), and the extra worker fills those waits (2 cores: 153 s -> 127 s).
WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))

test: check
	$(BIN)/python -m pytest -n $(WORKERS) --dist worksteal

# The shipped routing model against a full retraining, cross-validation included (`make test`
# checks it with the shipped temperature, in seconds; CI runs this as well).
routing-model-check: $(VENV)/.installed-dev
	$(BIN)/python evals/train_router.py --check

# Every eval suite over every shipped case file, against the thresholds and evals/baseline.json
# (CI runs this too; `make test` runs the suites without the ~330 real meetings, half a minute of CPU).
eval-check: $(VENV)/.installed-dev
	$(BIN)/coach eval --suite all

# Only the fast tier, while working on the domain.
unit: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -m unit

# Opt-in: every model path against a real small model (Qwen2.5-Coder 0.5B) served by
# llama-cpp-python on 127.0.0.1. The first run sets it up in .model/ (scripts/model-env.sh:
# about 10 minutes and 0.5 GB, once); later runs take about 10 minutes.
test-model: $(VENV)/.installed-dev
	PYTHON=$(PYTHON) bash scripts/model-env.sh
	COACH_TEST_MODEL=1 $(BIN)/python -m pytest tests/model -p no:randomly -p no:xdist

# Opt-in: the built wheel installed with pipx and with uv into fresh places, run, and measured.
install-check:
	PYTHON=$(PYTHON) bash scripts/install-check.sh

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
