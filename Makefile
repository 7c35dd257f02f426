# The README's commands. `make report` sets up a venv in .venv with what reports need (pip install -e .)
# and runs the report on the bundled demo corpus; `make test` adds the test extras (-e ".[test]") and
# runs the test suite. Each install leaves a stamp, so `make test` after `make report` installs only the
# extras, and a changed pyproject.toml reinstalls.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= corpora/demo

REPORT_STAMP := $(VENV)/.installed-report
TEST_STAMP   := $(VENV)/.installed-test

.PHONY: setup setup-test report test lab bench compare clean-venv

setup: $(REPORT_STAMP)

setup-test: $(TEST_STAMP)

$(REPORT_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(REPORT_STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

report: setup
	$(BIN)/python -m toolkit report --corpus $(CORPUS)

test: setup-test
	$(BIN)/python -m pytest

lab: setup
	$(BIN)/jupyter lab notebooks/

bench: setup-test
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python benchmarks/run.py

clean-venv:
	rm -rf $(VENV)

# Compare two report runs: make compare A=reports/2026-11-18/demo B=reports/2026-11-25/demo
compare: setup
	$(BIN)/python -m toolkit compare $(A) $(B)
