# factcheck: `make run` serves the demo, `make test` runs the suite. Both set up everything first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
# Settings for the test suite: production-like (DEBUG off) but over plain HTTP.
TEST_ENV := DEBUG=0 SECRET_KEY=test-only-not-a-secret SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 \
	CSRF_COOKIE_SECURE=0 ALLOWED_HOSTS=testserver,127.0.0.1,localhost
PYTEST_ARGS ?=

.PHONY: install browser-deps bench-deps run test bench lint clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# The extractor's modules compiled with mypyc (claims/extraction/native.py): about 3 minutes the first time,
# again only when a compiled module changes; the extractor runs as plain Python until then.
NATIVE_STAMP := claims/extraction/_native/STAMP
$(NATIVE_STAMP): $(VENV)/.installed $(wildcard claims/extraction/*.py)
	$(PY) -c 'import sys, claims.extraction.native as n; n.main(sys.argv[1:])'

install: $(VENV)/.installed $(NATIVE_STAMP) browser-deps

# The browser tests drive Debian's Chromium (not on a fresh machine) and load axe-core
# from npm (pinned in package.json and package-lock.json).
browser-deps: node_modules/axe-core/axe.min.js
	@test -x /usr/bin/chromium || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

run: $(VENV)/.installed $(NATIVE_STAMP)
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_demo
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: install
	$(TEST_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

# Benchmarks print ratios against a baseline measured in the same run (see bench/).
# bench_http drives the app under gunicorn with Debian's wrk (not on a fresh machine).
BENCH_ARGS ?=
bench: install bench-deps
	$(PY) -m bench $(BENCH_ARGS)

bench-deps:
	@command -v wrk >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk)

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache node_modules artifacts claims/extraction/_native
