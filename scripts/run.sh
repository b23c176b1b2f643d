#!/usr/bin/env bash
# The main job on the shipped example: installs what is missing, checks the Groningen-Noord
# aanvraag with the CLI and prints its report, then builds the wasm module and the web form and
# serves the form on localhost (Ctrl-C stops it). Set NO_SERVE=1 to stop after the report.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh

echo; echo "==> kansrijke-wijk toets examples/groningen-noord-school-en-omgeving.json"
echo "    (building the CLI first: about a minute on a fresh checkout)"
cargo build --release --quiet --bin kansrijke-wijk
status=0
./target/release/kansrijke-wijk toets examples/groningen-noord-school-en-omgeving.json || status=$?
echo "(exit status $status: 0 voldoet, 1 voldoet niet, 3 onvolledig)"

if [ "${NO_SERVE:-}" = "1" ]; then exit 0; fi
echo; echo "==> building the wasm module and the web form"
npm run --silent build:wasm
npm run --silent build:www
echo; echo "==> serving the form (Ctrl-C to stop)"
exec npm run --silent serve
