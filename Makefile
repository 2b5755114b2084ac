# Everything a fresh machine needs, from the project's own files.
#   make serve  generate the archive from articles/ and serve it at http://127.0.0.1:8000
#   make site   build the site into site/ (strict: any warning fails); with `shards:` in mkdocs.yml,
#               the shards whose pages changed side by side, one `mkdocs build` a core, then put together
#   make test   run the whole test suite
PYTHON ?= python3
VENV := .venv
# Material's end-of-life notice is in the README once, not on every build.
export NO_MKDOCS_2_WARNING := 1
BIN := $(VENV)/bin

.PHONY: serve site test golden chromium clean bench-people bench-structure bench-search

serve: $(VENV)/.site
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

# `generator shards` prints the configs to build: those of the shards whose pages changed, or mkdocs.yml
# itself for a site not built in shards (then `assemble` has nothing to do).
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
site: $(VENV)/.site
	builds="$$($(BIN)/python -m generator shards --strict)" && \
	  printf '%s\n' $$builds | xargs -r -n 1 -P $(JOBS) $(BIN)/mkdocs build --strict -f && \
	  $(BIN)/python -m generator assemble

test: $(VENV)/.test node_modules/.package-lock.json chromium
	$(BIN)/python -m pytest

# Rewrite the expected pages of the golden tests from the current generator; review the diff.
golden: $(VENV)/.site
	$(BIN)/python -m tests.golden

# The pip that venv bundles with Python 3.11 (23.2) compares extras by their spelling, not their
# normalised names (PEP 685, pip 23.3), and warns that lxml has no `html_clean`: a pinned pip first
# (later ones print the build backend's notes on an editable install).
PIP := pip==23.3.2

$(VENV)/.site: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(PIP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.test: $(VENV)/.site requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

chromium:
	@scripts/install-chromium

clean:
	rm -rf $(VENV) node_modules site

# Scale benchmark (bench/run.py): `make bench`, or `make bench BENCH_ARGS="--sizes 1000 --large"`.
# The peers get their own venv: Pelican's Pygments pin conflicts with Material's.
.PHONY: bench
bench: $(VENV)/.test chromium bench/.venv/.installed
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# The site built in shards side by side beside one `mkdocs build` (bench/shards.py):
# `make bench-shards`, or `make bench-shards BENCH_SHARDS_ARGS="--size 100000 --no-single"`.
.PHONY: bench-shards
bench-shards: $(VENV)/.test chromium
	$(BIN)/python -m bench.shards $(BENCH_SHARDS_ARGS)

bench/.venv/.installed: bench/requirements.txt
	test -x bench/.venv/bin/python || $(PYTHON) -m venv bench/.venv
	bench/.venv/bin/python -m pip install --quiet --disable-pip-version-check $(PIP)
	bench/.venv/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	touch $@

# Build time of pathological inputs (very many lines, deep nesting, huge lines) at two sizes each.
.PHONY: bench-pathological
bench-pathological: $(VENV)/.site
	$(BIN)/python bench/pathological.py

# Person extraction against the labelled development sets: precision, recall, F1, articles per second.
bench-people: $(VENV)/.site
	$(BIN)/python bench/people.py

# The same, Vietnamese only, with underthesea's CRF alone and added to the rules (bench/people_crf.py).
# Its own venv keeps underthesea out of the project's dependencies; the CRF ships in the wheel.
.PHONY: bench-people-crf
bench-people-crf: bench/.venv-crf/.installed
	bench/.venv-crf/bin/python bench/people_crf.py

bench/.venv-crf/.installed: bench/requirements-crf.txt pyproject.toml
	test -x bench/.venv-crf/bin/python || $(PYTHON) -m venv bench/.venv-crf
	bench/.venv-crf/bin/python -m pip install --quiet --disable-pip-version-check $(PIP)
	bench/.venv-crf/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements-crf.txt -e .
	touch $@

# Person extraction on public labelled news, read from the folder make-dev-corpora.sh lays out
# (bench/RESULTS.md says how): `make bench-people-real CORPORA=/path`, or NEWS_CORPORA in the environment.
# Skips, saying so, when the folder is absent.
.PHONY: bench-people-real
bench-people-real: $(VENV)/.site
	$(BIN)/python bench/people_real.py $(CORPORA) --rules

# Headlines, captions, bylines, related lines, dates and words lost on the real corpora in
# $(NEWS_CORPORA) (laid out by make-dev-corpora.sh; see bench/RESULTS.md); skipped without it.
bench-structure: $(VENV)/.site
	$(BIN)/python bench/structure.py $(NEWS_CORPORA)

# Search quality and speed on real Vietnamese news (bench/search.py): `make bench-search
# NEWS_CORPORA=/path/to/corpora`, and BENCH_SEARCH_ARGS="--size 10000" for speed at scale. Skips
# when there is no corpus.
bench-search: $(VENV)/.test chromium
	$(BIN)/python -m bench.search $(NEWS_CORPORA) $(BENCH_SEARCH_ARGS)

# Short names across the archive (`Mr Blair` on Tony Blair's page), on Reuters-21578 and CoNLL-2003
# in the folder make-dev-corpora.sh lays out: `make bench-people-archive CORPORA=/path`, or
# NEWS_CORPORA in the environment. Skips, saying so, when the folder is absent.
.PHONY: bench-people-archive
bench-people-archive: $(VENV)/.site
	$(BIN)/python bench/people_archive.py $(or $(CORPORA),$(NEWS_CORPORA)) $(BENCH_ARGS)

# Lighthouse's accessibility, best-practices and mobile performance scores of each kind of page
# (bench/lighthouse.py): the sample, or `make bench-lighthouse SITE=/path/to/built/site`.
.PHONY: bench-lighthouse
bench-lighthouse: $(VENV)/.test chromium bench/lighthouse/node_modules/.package-lock.json
	$(BIN)/python bench/lighthouse.py $(SITE)

bench/lighthouse/node_modules/.package-lock.json: bench/lighthouse/package.json bench/lighthouse/package-lock.json
	cd bench/lighthouse && npm ci --no-audit --no-fund
