# One entry point per task. `make run` and `make test` work on a fresh machine with
# Python 3.11+ and Node 20: each sets up only what is missing or out of date.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := frontend/node_modules/.installed-stamp
SPA := frontend/dist/index.html
SPA_SOURCES := $(shell find frontend/src frontend/graphiql frontend/index.html \
                 frontend/vite.config.* frontend/package.json -type f 2>/dev/null)
export CIMS_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: run test test-python test-sqlite test-postgres test-frontend test-e2e \
        schema migration lint bench setup spa

run: setup spa
	$(BIN)/cims serve --demo

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(NODE_STAMP): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

spa: $(SPA)

$(SPA): $(NODE_STAMP) $(SPA_SOURCES)
	cd frontend && npm run build

# Lint first: a style or static error fails the run before the long suites start.
test: lint test-python test-frontend test-e2e

test-python: test-sqlite test-postgres

test-sqlite: setup
	CIMS_TEST_DB=sqlite $(BIN)/python -m pytest

test-postgres: setup
	@$(BIN)/python -c "import asyncio, asyncpg, os; asyncio.run(asyncpg.connect(os.environ['CIMS_TEST_POSTGRES_URL'].replace('postgres://', 'postgresql://', 1), timeout=5))" \
	  || { echo "PostgreSQL is not reachable at $$CIMS_TEST_POSTGRES_URL"; exit 1; }
	CIMS_TEST_DB=postgres $(BIN)/python -m pytest

test-frontend: $(NODE_STAMP)
	cd frontend && npm test

test-e2e: setup spa
	$(BIN)/python tools/e2e.py

schema: setup
	$(BIN)/cims export-schema

migration: setup
	$(BIN)/python tools/makemigrations.py $(or $(NAME),update)

lint: setup $(NODE_STAMP)
	$(BIN)/ruff check backend tests tools bench
	$(BIN)/ruff format --check backend tests tools bench
	cd frontend && npm run lint

bench: setup
	$(BIN)/python bench/run.py
