# The README's two commands: `make demo` and `make test`. Each sets up .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup demo test lint typecheck unit serve clean browser

VENDOR := api/static/vendor
VENDOR_FILES := node_modules/cytoscape/dist/cytoscape.min.js node_modules/layout-base/layout-base.js \
	node_modules/cose-base/cose-base.js node_modules/cytoscape-fcose/cytoscape-fcose.js \
	node_modules/react/umd/react.production.min.js node_modules/react-dom/umd/react-dom.production.min.js \
	node_modules/graphiql/graphiql.min.js node_modules/graphiql/graphiql.min.css node_modules/cytoscape-svg/cytoscape-svg.js

setup: $(STAMP) $(VENDOR)/.installed

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The explorer's and GraphiQL's front-end libraries: from the npm registry (package-lock.json), copied where the API serves them.
$(VENDOR)/.installed: package.json package-lock.json
	command -v npm >/dev/null || (apt-get update && apt-get install -y npm)
	npm ci --no-audit --no-fund
	mkdir -p $(VENDOR)
	cp $(VENDOR_FILES) $(VENDOR)/
	touch $@

# The browser tests drive Debian's chromium (no browser download).
browser:
	test -x /usr/bin/chromium || (apt-get update && apt-get install -y chromium)

PYDIRS := $(wildcard graph loaders api cli tests benchmarks)

lint: setup
	$(BIN)/ruff check $(PYDIRS)
	$(BIN)/ruff format --check $(PYDIRS)
	npx --no-install prettier --check api/static/explore api/static/graphiql

typecheck: setup
	$(BIN)/mypy

unit: setup browser
	$(BIN)/pytest

test: lint typecheck stock-pip unit

# The package as a user installs it: a fresh venv with the pip this Python ships (no upgrade), a non-editable
# install, `pip check`, and an article loaded through it (pip 23 once dropped justext's lxml[html_clean] extra).
STOCK := .venv-stock
$(STOCK)/.installed: pyproject.toml
	rm -rf $(STOCK)
	$(PY) -m venv $(STOCK)
	$(STOCK)/bin/python -m pip install --quiet .
	$(STOCK)/bin/python -m pip check
	touch $@

.PHONY: stock-pip
stock-pip: $(STOCK)/.installed
	printf 'Quorra Labs raised $$40 million in a round led by Fenwick Capital.\n' > $(STOCK)/article.txt
	printf '<html><body><article><p>%s</p></article></body></html>\n' \
		'Quorra Labs raised $$40 million in a round led by Fenwick Capital.' > $(STOCK)/article.html
	cd $(STOCK) && CKG_DB_PATH=$(CURDIR)/$(STOCK)/graph bin/ckg load --dry-run --strict article.txt article.html

# Minutes-long reliability runs (1,000-document kill loop, 60 s loopback load test); `make test` skips them.
.PHONY: test-long
test-long: setup
	$(BIN)/pytest -m long -s tests/reliability tests/security

# Scale benchmarks on the synthetic graph (benchmarks/scale_benchmark.py), latest figures in benchmarks/RESULTS.md, every run in benchmarks/history/.
# Not part of `make test`. bench: 1k organisations, under 3 minutes; bench-full: 1k, 10k and 100k (an hour or more).
.PHONY: bench bench-full
bench: setup
	$(BIN)/python -m benchmarks.scale_benchmark --sizes 1000 --queries 50 --files 50 --results benchmarks/RESULTS.md

# Article extraction quality and speed on ../shared/corpus (benchmarks/extraction_quality.py): RESULTS.md and history/.
.PHONY: bench-extraction
bench-extraction: setup
	$(BIN)/python benchmarks/extraction_quality.py

bench-full: setup
	$(BIN)/python -m benchmarks.scale_benchmark --sizes 1000 10000 100000 --queries 200 --query-budget 45 \
		--files 300 --loader-resolution 100000 --results benchmarks/RESULTS.md

demo: setup
	$(BIN)/ckg init
	$(BIN)/ckg load seeds/
	$(BIN)/ckg serve --host $(HOST) --port $(PORT)

clean:
	rm -rf $(VENV) $(STOCK) data .mypy_cache .ruff_cache .pytest_cache
