#!/usr/bin/env bash
# Every test: installs what is missing (also Chromium), then the Rust tests (unit, table cases,
# property tests, CLI), the wasm build with the Node harness and size budget, the browser tests, and
# the packed npm package in every tool chain (tests/toolchain; its tools are installed once into
# target/toolchain).
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
echo; echo "all tests passed"
