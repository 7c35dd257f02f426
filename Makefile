# The README's commands. `make report` sets everything up (a venv in .venv from pyproject.toml)
# and runs the report on the bundled demo corpus; `make test` runs the test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= corpora/demo

.PHONY: setup report test lab bench compare clean-venv

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

report: setup
	$(BIN)/python -m toolkit report --corpus $(CORPUS)

test: setup
	$(BIN)/python -m pytest

lab: setup
	$(BIN)/jupyter lab notebooks/

bench: setup
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python benchmarks/run.py

clean-venv:
	rm -rf $(VENV)

# Compare two report runs: make compare A=reports/2026-11-18/demo B=reports/2026-11-25/demo
compare: setup
	$(BIN)/python -m toolkit compare $(A) $(B)
