# Production image: gunicorn serving the CMS, static files collected at build time.
# Build: docker build -t painclinic-cms .   Run: see README.md, "Production".

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libjpeg62-turbo-dev zlib1g-dev libwebp-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
RUN python -m venv /venv && /venv/bin/pip install --upgrade pip && /venv/bin/pip install .

FROM python:3.11-slim-bookworm
ENV PATH="/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=settings.production \
    PORT=8000
RUN apt-get update && apt-get install -y --no-install-recommends libjpeg62-turbo libwebp7 zlib1g curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 cms
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=cms:cms . .
# collectstatic needs settings but no secrets or database: give it throwaway values.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --no-input \
    && mkdir -p /app/media && chown cms:cms /app/media
USER cms
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent "http://127.0.0.1:${PORT}/health/live" || exit 1
# Migrations run as a release step (docker compose run web python manage.py migrate), not here.
CMD ["sh", "-c", "gunicorn cms.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-2} --access-logfile - --forwarded-allow-ips='*'"]
