#!/usr/bin/env bash
# The main job, from a fresh clone: set up, then run the nightly-style batch over samples/
# into the default case store, and print where the results are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/denials batch samples/letters/docs "$@"
