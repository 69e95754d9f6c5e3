# Every target creates .venv on first use (standard library venv + pip only) and reuses it after.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench screenshots report-samples package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/journeymap

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) -m bench

screenshots: $(STAMP)
	$(PY) -m journeymap.ui.screenshots docs/images

report-samples: $(STAMP)
	$(PY) -m journeymap.tools.report_samples build/reports

# A one-folder desktop build in dist/journeymap (PyInstaller); see packaging/README.md.
package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
