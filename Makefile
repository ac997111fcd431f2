# The few commands people type. `make run` and `make test` set everything up first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PYTHON ?= $(shell scripts/find-python.sh)
TS := $(wildcard assets/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run demo hq test test-fast lint format bench screenshots translations lupdate \
        package setup system-deps migration-initial clean

run: setup ## set up and start the demo café
	$(VENV)/bin/cafe-pos demo

demo: run

hq: setup ## a demo HQ on 127.0.0.1:8765 with simulated cafés enrolled and synced (docs/hq.md)
	$(PY) scripts/hq_demo.py

test: setup ## set up and run the whole test suite offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

test-fast: ## the suite without re-running the set-up
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q -x

lint: setup ## ruff, mypy --strict and the architecture's import contracts (pyproject.toml)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

format:
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The app's bytecode is compiled first, as in an installed copy (pip and PyInstaller ship
# it): with PYTHONDONTWRITEBYTECODE set, every start would otherwise recompile the sources.
bench: setup ## speed benchmarks (not part of `make test`)
	$(PY) -m compileall -q cafe_pos
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -q -s -p no:xdist -o addopts="" \
		-o python_files="bench_*.py test_*.py"

screenshots: setup ## render the main screens to docs/screenshots/
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py
	CAFE_POS_HQ_SCREENSHOTS=docs/screenshots $(PY) -m pytest -q -p no:xdist tests/hq/test_dashboard_browser.py

translations: $(QM)

assets/i18n/%.qm: assets/i18n/%.ts | $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease $< -qm $@

lupdate: setup ## refresh the .ts files from the sources (then translate the new entries)
	$(PY) scripts/extract_errors.py
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete \
		$$(find cafe_pos/ui -name '*.py' | sort) -ts $(TS)

package: setup
	$(VENV)/bin/pip install -q pyinstaller
	$(VENV)/bin/pyinstaller packaging/cafe-pos.spec --noconfirm

migration-initial: setup ## (before the first release) rewrite the initial migration from the models
	$(PY) scripts/regen_initial_migration.py

setup: system-deps $(VENV)/.installed translations

system-deps:
	@scripts/install-system-deps.sh

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache assets/i18n/*.qm
