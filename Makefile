# The portal's two commands: `make run` and `make test`. Both set everything
# up on a fresh machine with Python 3.11+ (a .venv with the pinned packages,
# migrations, translations).

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PYTEST_ARGS ?=

.PHONY: run test install lint format messages requirements clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever a requirements file changes.
$(VENV)/.installed: $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: install
	$(MANAGE) migrate --no-input --verbosity 0
	$(MANAGE) compile_translations --verbosity 0
	$(MANAGE) load_demo
	@echo
	@echo "  The portal runs at http://127.0.0.1:$(PORT)/"
	@echo "  Wagtail admin:     http://127.0.0.1:$(PORT)/admin/"
	@echo "  Member login:      membre@example.org / portail-demo"
	@echo "  Manager login:     gestion@example.org / portail-demo"
	@echo "  Mails are printed here. Stop with Ctrl+C."
	@echo
	@trap 'kill 0' INT TERM EXIT; \
	$(MANAGE) db_worker & \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install
	$(MANAGE) compile_translations --verbosity 0
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract new strings into the .po files (needs GNU gettext), then compile.
messages: install
	$(MANAGE) makemessages --all --no-obsolete --ignore '.venv/*' \
		--ignore 'static_collected/*' --ignore 'media/*'
	$(MANAGE) compile_translations

# Re-pin requirements*.txt from requirements*.in in throw-away environments.
requirements:
	rm -rf /tmp/portal-pin && $(PYTHON) -m venv /tmp/portal-pin
	/tmp/portal-pin/bin/pip install --quiet -r requirements.in
	(echo "# Pinned from requirements.in: make requirements"; \
	 /tmp/portal-pin/bin/pip freeze) > requirements.txt
	/tmp/portal-pin/bin/pip install --quiet -r requirements-dev.in
	(echo "# Pinned from requirements-dev.in: make requirements"; \
	 echo "-r requirements.txt"; \
	 /tmp/portal-pin/bin/pip freeze | grep -vxFf requirements.txt) \
	 > requirements-dev.txt
	rm -rf /tmp/portal-pin

clean:
	rm -rf $(VENV) static_collected .pytest_cache .ruff_cache

# The order page on a large group's workload (docs/performance.md). Uses its
# own database: bench.sqlite3, or DATABASE_URL.
bench: install
	rm -f bench.sqlite3
	DJANGO_SETTINGS_MODULE=portal.settings.bench $(MANAGE) migrate --no-input --verbosity 0
	DJANGO_SETTINGS_MODULE=portal.settings.bench $(MANAGE) bench_order_page
