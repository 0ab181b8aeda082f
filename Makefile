# Quick start: `make run` starts the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench package package-test translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m samson_desktop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate samson_desktop -extensions py -ts translations/samson_nb.ts translations/samson_en.ts
	$(VENV)/bin/pyside6-lrelease translations/samson_nb.ts translations/samson_en.ts

clean:
	rm -rf build dist .pytest_cache
