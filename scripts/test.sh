#!/usr/bin/env bash
# Every test: installs what is missing (also Chromium and valgrind), then the Rust tests (unit, table
# cases, property tests, CLI), the instruction-count budget (callgrind), a short fuzz pass
# (scripts/fuzz.sh, 30 s per target), the wasm build with the Node harness and size budget, the
# browser tests, and the packed npm package in every tool chain (tests/toolchain; its tools are
# installed once into target/toolchain).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh --browser

stap() { printf '\n==> %s\n' "$*"; }
stap "cargo fmt --check"
cargo fmt --all -- --check
stap "cargo test (rules, engine, table cases, property tests, CLI, doc tests)"
cargo test --all-targets --quiet
cargo test --doc --quiet
# A library user (default-features = false) compiles none of the CLI's dependencies (issue 13).
stap "the library without the cli feature has no clap or toml"
ZONDER_CLI=$(cargo tree --no-default-features --edges normal --prefix none | grep -E '^(clap|toml) ' || true)
if [ -n "$ZONDER_CLI" ]; then echo "the library without the cli feature still depends on: $ZONDER_CLI" >&2; exit 1; fi
# The API docs build without a warning (issue 13); their front page is a doc test above.
stap "cargo doc (no warnings)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
# The latency budget (issue 13): instructions of one native toets per example under callgrind,
# at most 10 % over the ceilings of benches/instructies.json. Counts, not wall time: these are the
# same on every run.
stap "instruction-count budget (callgrind, scripts/instructies.mjs)"
node scripts/instructies.mjs
# The fuzz targets of fuzz/ (issue 10), briefly: FUZZ_SECONDEN each (default 30; 0 skips, and says
# so). A crash or broken invariant fails the tests; fuzzers that cannot be built are reported
# loudly at the end, never as fuzzing that ran.
FUZZ_SECONDEN=${FUZZ_SECONDEN:-30}
GEFUZZD=""
if [ "$FUZZ_SECONDEN" = "0" ]; then
  GEFUZZD="FUZZING DID NOT RUN (FUZZ_SECONDEN=0)"
else
  stap "fuzz: each target of fuzz/ for ${FUZZ_SECONDEN} s (scripts/fuzz.sh)"
  set +e
  bash scripts/fuzz.sh "$FUZZ_SECONDEN"
  FUZZ_STATUS=$?
  set -e
  case $FUZZ_STATUS in
    0) ;;
    2) echo "FUZZ_SECONDEN=\"$FUZZ_SECONDEN\" is not a number of seconds (0 skips fuzzing)" >&2; exit 1 ;;
    3) GEFUZZD="FUZZING DID NOT RUN: the fuzzers could not be built (see above)" ;;
    *) echo "fuzzing found a problem (scripts/fuzz.sh exit $FUZZ_STATUS)" >&2; exit 1 ;;
  esac
fi
stap "wasm-pack build (web + nodejs) and the npm package"
npm run --silent build:wasm
stap "Node harness: wasm vs native, byte for byte"
npm run --silent test:node
stap "size budget"
npm run --silent size
stap "browser tests (Chromium)"
npm run --silent test:e2e
stap "tool chains: the packed package in Vite 5-8, webpack, esbuild, Rollup, no bundler, a worker, Node, Deno, Bun, workerd; attw, publint, tsc"
npm run --silent test:toolchain
if [ -n "$GEFUZZD" ]; then
  printf '\n!!! %s\n!!! all other tests passed\n' "$GEFUZZD"
else
  echo; echo "all tests passed (the fuzz pass included)"
fi
