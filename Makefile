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

# Under Xvfb, one virtual screen per size, so the window gets that screen's real geometry;
# without xvfb-run, offscreen (the windows are given each size instead).
SCREENSHOT_DIR   ?= docs/images
SCREENSHOT_SIZES ?= 1920x1080 1280x720
XVFB_RUN         ?= xvfb-run

screenshots: $(STAMP)
	@if command -v $(XVFB_RUN) >/dev/null 2>&1; then \
	  for size in $(SCREENSHOT_SIZES); do \
	    QT_QPA_PLATFORM=xcb $(XVFB_RUN) -a -s "-screen 0 $${size}x24" \
	      $(PY) -m journeymap.ui.screenshots --size $$size $(SCREENSHOT_DIR) || exit 1; \
	  done; \
	else \
	  echo "make screenshots: xvfb-run is not installed, so the screenshots are rendered" \
	       "offscreen (QT_QPA_PLATFORM=offscreen), not on an X screen"; \
	  QT_QPA_PLATFORM=offscreen $(PY) -m journeymap.ui.screenshots \
	    $(foreach size,$(SCREENSHOT_SIZES),--size $(size)) $(SCREENSHOT_DIR); \
	fi

report-samples: $(STAMP)
	$(PY) -m journeymap.tools.report_samples build/reports

# A one-folder desktop build in dist/journeymap (PyInstaller); see packaging/README.md.
package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
