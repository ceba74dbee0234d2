# The API with the built web app: one image, one process per container.
FROM node:20-bookworm-slim AS spa
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    CIMS_ENV=production CIMS_HOST=0.0.0.0 CIMS_PORT=8000 \
    CIMS_DATA_DIR=/var/lib/cims CIMS_STATIC_DIR=/app/frontend/dist
WORKDIR /app
COPY pyproject.toml README.md ./
COPY backend/ backend/
RUN pip install --no-cache-dir .
COPY --from=spa /src/frontend/dist /app/frontend/dist
RUN useradd --system --home /var/lib/cims cims && mkdir -p /var/lib/cims \
    && chown cims /var/lib/cims
USER cims
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2)"
CMD ["cims", "serve"]
