#!/usr/bin/env bash
# While nothing is deployed, the schema has one init migration: regenerate it.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f backend/cims/migrations/models/*.py
PYTHONPATH=backend "${PYTHON:-.venv/bin/python}" tools/makemigrations.py init
