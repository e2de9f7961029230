# Two commands set up and run everything (see README.md):
#   make demo   process the bundled sample articles and print the result
#   make test   run the whole test suite
# Both create .venv and install the pinned dependencies when they are missing.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench clean-venv

$(STAMP): requirements.lock pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet -r requirements.lock
	$(VENV)/bin/pip install --quiet --no-deps -e .
	@# Debian's Chromium for the browser tests (tests/test_web_browser.py skip without it); never `playwright install`
	@if [ "$$(id -u)" = 0 ]; then \
		command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium) \
			|| echo "note: could not install chromium; the browser tests will be skipped"; \
	else \
		command -v chromium >/dev/null || echo "note: not root, chromium not installed (apt-get install chromium); the browser tests will be skipped"; \
	fi
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/warta process samples --format text
	$(VENV)/bin/warta ingest samples --db warta.db --summary
	@echo "Browse and query it: $(VENV)/bin/warta serve --db warta.db   (then open http://127.0.0.1:8000/, API docs at /docs)"

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

eval: $(STAMP)
	$(VENV)/bin/warta eval clean

bench: $(STAMP)
	$(VENV)/bin/python bench/bench_clean.py

clean-venv:
	rm -rf $(VENV)
