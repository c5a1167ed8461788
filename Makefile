# detente: the scripts here ARE the CI (.ci/run calls `make test`).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= demo.duckdb

.PHONY: web-deps browser-deps demo test bench eval eval-actors lint typecheck clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[api,dask,dev]'
	touch $(STAMP)

## make demo: create .venv, install, code the bundled sample articles into a DuckDB store and summarise it
demo: $(STAMP)
	rm -f $(DEMO_DB)
	$(VENV)/bin/detente ingest examples/articles --db $(DEMO_DB)
	$(VENV)/bin/detente summary --db $(DEMO_DB)

## make test: create .venv if needed and run the whole suite (lint and types first)
test: $(STAMP) web-deps browser-deps
	$(VENV)/bin/ruff check src tests benchmarks tools
	$(VENV)/bin/mypy
	$(PY) tools/gen_docs.py --check
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks tools

typecheck: $(STAMP)
	$(VENV)/bin/mypy

## make bench: words/second of a bare spaCy parse vs the full pipeline on the same texts, and their ratio
bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py

## make eval: precision/recall/F1 of the coder against the gold sets
eval: $(STAMP)
	$(PY) benchmarks/eval_coder.py

## make eval-actors: accuracy of actor resolution on the dated mention test set and the held-out set
eval-actors: $(STAMP)
	$(PY) benchmarks/eval_actors.py
	$(PY) benchmarks/eval_actors.py --file benchmarks/data/actor_mentions_heldout.jsonl

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(DEMO_DB)

## front-end libraries for the dashboard, from npm (never copied into the repo)
web-deps:
	@if [ -f src/detente/web/package.json ]; then cd src/detente/web && npm ci --silent --no-audit --no-fund; fi

## Debian's chromium for the dashboard tests (Playwright drives /usr/bin/chromium)
browser-deps:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null)
