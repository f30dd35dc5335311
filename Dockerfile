# syntax=docker/dockerfile:1
# company-kg: the API, the explorer and the `ckg` command line in one image.
# Build: docker build -t company-kg .   Run: see docker-compose.yml (settings come from CKG_* env vars).

# --- 1. the explorer's front-end libraries, from the npm registry as package-lock.json pins them
FROM node:20-slim AS vendor
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund \
    && mkdir -p /vendor \
    && cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/layout-base/layout-base.js \
          node_modules/cose-base/cose-base.js node_modules/cytoscape-fcose/cytoscape-fcose.js \
          node_modules/react/umd/react.production.min.js node_modules/react-dom/umd/react-dom.production.min.js \
          node_modules/graphiql/graphiql.min.js node_modules/graphiql/graphiql.min.css \
          node_modules/cytoscape-svg/cytoscape-svg.js /vendor/

# --- 2. wheels of the project and every dependency (compilers live in this stage only)
FROM python:3.11-slim AS wheels
# Build stage only, thrown away: Debian's current build-essential is what we want, unpinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY graph ./graph
COPY loaders ./loaders
COPY api ./api
COPY cli ./cli
COPY --from=vendor /vendor ./api/static/vendor
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

# --- 3. the runtime: Python, the installed wheels, nothing to build with
FROM python:3.11-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    CKG_DB_PATH=/data/graph
RUN groupadd --system --gid 10001 ckg \
    && useradd --system --uid 10001 --gid ckg --home-dir /app --create-home --shell /usr/sbin/nologin ckg \
    && mkdir -p /data \
    && chown ckg:ckg /data
COPY --from=wheels /wheels /tmp/wheels
# The versions are fixed by the wheels built above (--no-index: nothing else can be installed).
# hadolint ignore=DL3013
RUN pip install --no-cache-dir --no-index --find-links=/tmp/wheels company-kg \
    && rm -rf /tmp/wheels
WORKDIR /app
USER 10001:10001
# The embedded store (used when CKG_NEO4J_URI is not set) lives here.
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]
ENTRYPOINT ["ckg"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
