# Every target creates .venv itself when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
VENDOR ?= timetrack
PORT ?= 8080
SEED ?= 1
PYTEST_WORKERS ?= 2

.PHONY: setup generate test mock contract bench lint clean dist

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Validate the specs and regenerate generated/ (what CI's staleness gate compares against).
generate: $(STAMP)
	$(BIN)/python -m generator validate
	$(BIN)/python -m generator generate

## Everything CI runs: spec validation, the staleness gate, lint, then the test suites.
test: $(STAMP)
	$(BIN)/python -m generator validate
	$(BIN)/python -m generator generate --check
	$(BIN)/python -m ruff check generator tests contract_tests bench
	$(BIN)/python -m mypy generator
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -q

## Serve a vendor's stateful mock: make mock VENDOR=papershift PORT=8080
mock: $(STAMP)
	$(BIN)/python -m generator mock $(VENDOR) --port $(PORT) --seed $(SEED)

## Contract-test a vendor: in-process mock by default, or BASE_URL=https://... for a live sandbox
## (credentials from the vendor's environment variables; reports in reports/VENDOR).
## VENDOR=all tests every vendor's mock, in parallel (`contract --all`, reports/<vendor>/ each).
## The CLI's exit code (0 no new drift, 1 new drift, 2 setup error, 130/143 interrupted) is
## printed; make itself exits 2 for any failure, so CI gates on `ttsdk contract ...` directly.
## CONTRACT_FLAGS passes more flags, e.g. CONTRACT_FLAGS="--baseline contract-baseline.yaml".
contract: $(STAMP)
	@$(BIN)/python -m generator contract \
		$(if $(filter all,$(VENDOR)),--all --report reports,$(VENDOR) --report reports/$(VENDOR)) \
		--seed $(SEED) \
		$(if $(BASE_URL),--base-url $(BASE_URL)) $(CONTRACT_FLAGS); \
		code=$$?; echo "contract exit code: $$code"; exit $$code

## Benchmarks against peer tools and the goals of issue 14; rewrites bench/RESULTS.md (about 25 min).
## BENCH_QUICK=1 make bench: the goals table only, fewer rounds (under 5 min).
bench: $(STAMP)
	$(BIN)/python bench/run.py

## Build the generated package's wheel and sdist into dist/ (the standard build frontend), ready
## to publish to a package index.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist generated

lint: $(STAMP)
	$(BIN)/python -m ruff check generator tests contract_tests bench
	$(BIN)/python -m mypy generator

clean:
	rm -rf $(VENV) reports dist bench/.work .pytest_cache .mypy_cache .ruff_cache
