#!/usr/bin/env bash
# Installs Debian's chromium when it is missing; the dashboard's browser tests (strait-app *IT) drive it headless.
set -euo pipefail
command -v chromium || { apt-get update && apt-get install -y chromium; }
