# Two commands matter: `make serve` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
WHEELS := .cache/pyodide-wheels
PORT ?= 8000

.PHONY: serve test site setup clean

serve: site
	@echo "Serving the site at http://127.0.0.1:$(PORT)/"
	$(PY) -m http.server --bind 127.0.0.1 --directory site $(PORT)

test: setup $(WHEELS)/.done /usr/bin/chromium
	$(PY) -m pytest

site: setup
	$(PY) -m mkdocs build --strict --site-dir site

setup: $(VENV)/.installed node_modules/.installed /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# pytest and its pure-Python dependencies, unpacked inside Pyodide by the tests
$(WHEELS)/.done: tests/pyodide/requirements.txt $(VENV)/.installed
	mkdir -p $(WHEELS)
	$(PY) -m pip download --quiet --only-binary=:all: --no-deps --implementation py \
		--python-version 3.14 --dest $(WHEELS) -r tests/pyodide/requirements.txt
	touch $@

# Debian packages: the browser for the site's tests, a CJK font for the specimen images
APT_INSTALL = (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1)) \
	|| (echo "Could not install $(1): run as root or install it yourself." && false)

/usr/bin/chromium:
	$(call APT_INSTALL,chromium)

/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc:
	$(call APT_INSTALL,fonts-wqy-zenhei)

clean:
	rm -rf site .cache
