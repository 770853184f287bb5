# Production image: gunicorn (gunicorn.conf.py) serving the CMS as a non-root user, static
# files collected at build time. Build: docker build -t painclinic-cms .
# Run: docker compose up (docker-compose.yml), or see README.md, "Production".

# --- build: compile what needs compiling, into a virtualenv copied into the final image.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential libjpeg62-turbo-dev zlib1g-dev libwebp-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Only the dependency list first: code changes do not reinstall the dependencies.
COPY pyproject.toml README.md ./
RUN python -m venv /venv && /venv/bin/pip install --upgrade pip && /venv/bin/pip install .

# --- runtime: the virtualenv, the code, the collected static files; no compiler.
FROM python:3.11-slim-bookworm
ENV PATH="/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=settings.production \
    PORT=8000
RUN apt-get update \
    && apt-get install -y --no-install-recommends libjpeg62-turbo libwebp7 zlib1g \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 cms
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=cms:cms . .
# collectstatic needs the production settings but no secret and no database: throwaway
# values, used for this command only. WhiteNoise serves the result, compressed.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --no-input \
    && mkdir -p /app/media && chown cms:cms /app/media
USER cms
EXPOSE 8000
# Liveness only (the process answers); the load balancer should use /health/ready. It
# asks as the load balancer would: for an allowed host name, over HTTPS (as forwarded).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import os, urllib.request as u; u.urlopen(u.Request('http://127.0.0.1:' + os.environ['PORT'] + '/health/live', headers={'Host': os.environ['ALLOWED_HOSTS'].split(',')[0].lstrip('.'), 'X-Forwarded-Proto': 'https'}), timeout=4)" || exit 1
# Migrations run once per release (the `migrate` service of docker-compose.yml), never here.
CMD ["gunicorn", "--config", "gunicorn.conf.py", "cms.wsgi"]
