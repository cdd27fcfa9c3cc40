# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
IMPACT_DB ?= data/impact.duckdb
export IMPACT_DB

.PHONY: run serve test test-postgres postgresql haproxy demo lint browser bench bench-import bench-reads bench-scaling clean

AXE := tests/browser/axe/node_modules/axe-core/axe.min.js

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# deduce builds its lookup cache (about two minutes) on first start: do it once, here, in this
# process (not in a masking worker, which would wait for it and then stay up).
$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	IMPACT_MASKING=in-process $(BIN)/python -c "from impact_core.access.deidentify import mask; mask('opbouw van de opzoektabellen')"
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

## run: install, build the demo database when it is missing, serve on 127.0.0.1:8501
run: $(VENV)/.runtime
	$(BIN)/python -m impact_core demo --db $(IMPACT_DB) --if-missing
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port 8501

## serve: PostgreSQL, N app processes (default 4) and HAProxy on one address, 127.0.0.1:8501
N ?= 4
serve: $(VENV)/.runtime postgresql haproxy
	$(BIN)/python -m deploy.serve $(N)

## haproxy: Debian's HAProxy for serve; install it when we may
haproxy:
	@command -v haproxy >/dev/null || test -x /usr/sbin/haproxy || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null; \
	  else echo "make serve heeft HAProxy nodig: sudo apt-get install haproxy" >&2; exit 1; fi; }

## demo: rebuild the demo database from data/demo
demo: $(VENV)/.runtime
	$(BIN)/python -m impact_core demo --db $(IMPACT_DB) --force

## test: lint and run every test: the library's on every core, then the browser tests on a quiet
## machine (a second worker beside Chromium and a streamlit server made their waits time out); a
## browser test that fails runs once more (marked R, counted as a rerun): a lost click is not a defect
test: $(VENV)/.dev browser $(AXE)
	$(MAKE) lint
	$(BIN)/python -m pytest -n auto --dist loadgroup --ignore=tests/browser
	$(BIN)/python -m pytest --reruns 1 tests/browser

## test-postgres: every test again with each test database on a PostgreSQL server of their own (and
## HAProxy in front of app processes for tests/test_serve.py),
## started here (Debian's postgresql, a data folder .pg/ in the project, a Unix socket, no port)
test-postgres: $(VENV)/.dev browser $(AXE) postgresql haproxy
	$(BIN)/python -m deploy.postgres_server -- $(BIN)/python -m pytest -n auto --dist loadgroup --ignore=tests/browser
	$(BIN)/python -m deploy.postgres_server -- $(BIN)/python -m pytest --reruns 1 tests/browser

## postgresql: Debian's PostgreSQL server programs; install them when we may
postgresql:
	@ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "De PostgreSQL-tests hebben PostgreSQL nodig: sudo apt-get install postgresql" >&2; exit 1; fi; }

## lint: ruff's rules and formatting over the whole tree, then mypy over impact_core
lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy impact_core

## browser: the browser tests need Debian's Chromium; install it when we may
browser:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "De browsertests hebben Chromium nodig: sudo apt-get install chromium" >&2; exit 1; fi; }

## axe: axe-core for the accessibility test, at the version package-lock.json pins (npm ci checks
## its integrity hash); the test injects it into the page, the app never loads it
$(AXE): tests/browser/axe/package.json tests/browser/axe/package-lock.json
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; \
	  else echo "De toegankelijkheidstest heeft npm nodig: sudo apt-get install npm" >&2; exit 1; fi; }
	npm ci --prefix tests/browser/axe --no-audit --no-fund
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/browser/axe/node_modules

## bench: measured speed, printed as a table and written to benchmarks/results.json
# The server measurements drive Chromium with Playwright (a dev dependency).
bench: $(VENV)/.dev browser
	$(BIN)/python -m benchmarks.run

## bench-scaling: N app processes behind HAProxy on a throwaway PostgreSQL, for N = 1, 2 and 4
bench-scaling: $(VENV)/.dev postgresql haproxy
	$(BIN)/python -m benchmarks.scaling

## bench-reads: a filter change's reads at 10^7 measurements, from the monthly sums and from the measurements
bench-reads: $(VENV)/.dev
	$(BIN)/python -m benchmarks.reads --scale 10M

## bench-import: only the import of a million measurements against DuckDB's read_csv (median and floor)
bench-import: $(VENV)/.dev
	$(BIN)/python -m benchmarks.run import
