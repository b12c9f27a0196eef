# Quick start:  make run   (set up, extract the example articles, show who met whom)
#               make test  (set up with test extras, run the test suite)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/pip --disable-pip-version-check -q
# `make run` keeps its store inside the checkout, so it never touches a user's own store.
RUN_STORE ?= $(CURDIR)/kg-store

.PHONY: run test lint bench eval eval-tuning clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[test]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/kg extract examples/ --store $(RUN_STORE)
	$(BIN)/kg validate --store $(RUN_STORE)
	$(BIN)/kg query who-met-whom --store $(RUN_STORE)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check kg tests bench

bench: $(VENV)/.installed-test
	$(BIN)/python bench/throughput.py

eval: $(VENV)/.installed-test
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python ../shared/eval/score.py ../shared/eval/dev -v

# Our own annotated articles (fictional people), used for tuning: not an unbiased estimate.
eval-tuning: $(VENV)/.installed-test
	for set in tests/heldout tests/tuning/*/; do echo "== $$set"; \
	  PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python ../shared/eval/score.py $$set | tail -7; done

clean:
	rm -rf $(VENV) kg-store build dist *.egg-info .pytest_cache
