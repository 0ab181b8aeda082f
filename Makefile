# Quick start: `make run` starts the app, `make test` runs the suite headless (`make test-slow` the slow cases).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-slow bench package package-test translations screenshots clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m samson_desktop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"

# The slow cases (real browsers, real processes, LibreOffice, every page in every look); CI runs them too.
test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# lupdate reads options before paths: with "-extensions py" after the folder it finds no Python file.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete samson_desktop -ts translations/samson_nb.ts translations/samson_en.ts
	$(VENV)/bin/pyside6-lrelease translations/samson_nb.ts translations/samson_en.ts

# PNGs of every page at 1280x720 in both languages: normal, presentation, high contrast and zoom 125 %, into docs/screenshots/.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) tools/cycle_screenshots.py

# The Linux bundle in dist/samson (and a .tar.gz); PyInstaller is a build tool, not a dependency.
package: $(STAMP)
	PYTHON=$(PY) packaging/build-linux.sh

# Build the bundle, then run it headless with a clean environment: --version, report, --smoke-test.
package-test: package
	packaging/test-bundle.sh dist/samson

clean:
	rm -rf build dist .pytest_cache
