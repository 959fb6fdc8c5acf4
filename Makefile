# Targets named in the README. `make run` and `make test` install what they need on a fresh Debian machine.
SHELL := /bin/bash
UV ?= $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
DEBIAN_PACKAGES := tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd fonts-dejavu-core fonts-noto-core fonts-liberation2 chromium
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test system-deps python-deps lint format typecheck pytest samples corpus train evaluate \
        bench-ocr bench-duplicates bench-analysis bench-learning train-shipped worker

system-deps:  ## Debian packages and uv, installed only when missing
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi
	@command -v uv >/dev/null 2>&1 || [ -x "$(UV)" ] || python3 -m pip install --quiet uv

python-deps: system-deps
	$(UV) sync --frozen

run: python-deps  ## serve API + UI + embedded worker on http://$(HOST):$(PORT)
	$(UV) run --frozen petitions serve --host $(HOST) --port $(PORT)

worker: python-deps
	$(UV) run --frozen petitions worker

test: python-deps lint typecheck pytest  ## everything CI runs

lint:
	$(UV) run --frozen ruff check service tests training bench samples
	$(UV) run --frozen ruff format --check service tests training bench samples

format:
	$(UV) run --frozen ruff format service tests training bench samples
	$(UV) run --frozen ruff check --fix service tests training bench samples

typecheck:
	$(UV) run --frozen mypy service

pytest:
	$(UV) run --frozen pytest

samples:
	$(UV) run --frozen python samples/render.py

corpus:
	$(UV) run --frozen python training/generate_corpus.py

train:  ## retrain on the corpus plus reviewed letters; the gate decides on promotion
	$(UV) run --frozen petitions train

train-shipped:  ## developers: the shipped model in models/, from the corpus only
	$(UV) run --frozen petitions train --shipped

evaluate:
	for f in ../shared/data/devset_*.jsonl; do $(UV) run --frozen petitions evaluate --jsonl $$f; done

bench-ocr:  ## OCRmyPDF (bench group) needs Debian's ghostscript and unpaper too
	@dpkg -s ghostscript unpaper >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq ghostscript unpaper >/dev/null)
	$(UV) run --frozen --group bench python bench/ocr.py

bench-duplicates:
	$(UV) run --frozen python bench/duplicates.py --n 100000 --n 1000000 --redis redis://127.0.0.1:6379/0

bench-analysis:
	$(UV) run --frozen python bench/analysis.py

bench-learning:  ## the learning-loop test's figures (README)
	$(UV) run --frozen python bench/learning_loop.py
