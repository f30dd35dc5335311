# The README's two commands: `make demo` and `make test`. Each sets up .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup demo test lint typecheck unit serve clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: setup
	$(BIN)/ruff check graph loaders api cli tests benchmarks
	$(BIN)/ruff format --check graph loaders api cli tests benchmarks

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest

test: lint typecheck unit

demo: setup
	$(BIN)/ckg init
	$(BIN)/ckg load seeds/
	$(BIN)/ckg serve --host $(HOST) --port $(PORT)

clean:
	rm -rf $(VENV) data .mypy_cache .ruff_cache .pytest_cache
