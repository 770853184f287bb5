# Two commands for a new user: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run worker test install lint format migrate seed clean bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --no-input

seed: migrate
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py ensure_admin

run: seed
	@echo "Site: http://127.0.0.1:$(PORT)/   Admin: http://127.0.0.1:$(PORT)/admin/   API: http://127.0.0.1:$(PORT)/api/v2/pages/"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The task worker (webhook deliveries, CDN purges), as production runs it; start `make run`
# with TASKS_BACKEND=database to queue tasks for it instead of running them in the request.
worker: migrate
	TASKS_BACKEND=database $(BIN)/python manage.py db_worker

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 media .pytest_cache

# The benchmark (not in CI): a large site served as in production, measured with wrk;
# writes docs/performance.md. PostgreSQL when DATABASE_URL is set, Redis when REDIS_URL
# is; BENCH_SOAK_SECONDS=30 shortens the soak while developing. Needs wrk (apt-get).
bench: install
	$(BIN)/python bench/run.py
