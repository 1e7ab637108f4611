# Two commands do everything on a fresh machine:
#   make run    set up .venv and ingest the bundled sample reports into curated/
#   make test   set up .venv and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run extract lint typecheck test test-fast bench clean system-deps

# Tesseract reads scanned reports; Chromium renders the quality report and the site in tests.
# Both come from Debian's packages; installed only when missing and we are root.
system-deps:
	@if ! command -v tesseract >/dev/null 2>&1 || [ ! -f /usr/share/tesseract-ocr/5/tessdata/swe.traineddata ] || ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      tesseract-ocr tesseract-ocr-swe tesseract-ocr-nor chromium >/dev/null; \
	  else \
	    echo "note: install tesseract-ocr (swe, nor) and chromium for OCR of scans and the report-rendering test"; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

setup: system-deps $(STAMP)

# the dataset in curated/, and its static site (the explorer) in curated/site/: open curated/site/index.html
run: setup
	$(BIN)/kompass ingest --raw raw_reports --curated curated --site curated/site

extract: setup
	$(BIN)/kompass extract raw_reports -o curated/extracted

# ruff (rules in pyproject.toml) over the whole tree; mypy over extractors/, schemas/, curation/.
lint: setup
	$(BIN)/ruff check .

typecheck: setup
	$(BIN)/mypy

# lint and typecheck first: they take seconds, the tests minutes
test: setup lint typecheck
	$(BIN)/python -m pytest -n 2 --dist loadgroup

test-fast: setup
	$(BIN)/python -m pytest -n 2 -m "not slow"

bench: setup
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/pipeline.py
	$(BIN)/python benchmarks/time_limit.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache tests/_artifacts
