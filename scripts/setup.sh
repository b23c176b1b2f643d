#!/usr/bin/env bash
# Installs what building and testing need, on a fresh machine with only Rust and Node. Idempotent:
# each step checks first and does nothing when it is already there.
#   scripts/setup.sh          Rust wasm target, wasm-bindgen CLI, wasm-pack, npm packages
#   scripts/setup.sh --browser  also, for the tests, Debian's Chromium (browser tests) and valgrind
#                               (the instruction-count budget, scripts/instructies.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."

stap() { printf '\n==> %s\n' "$*"; }

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate (Cargo.toml pins it).
WB_VERSIE=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  stap "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSIE" ]; then
  stap "cargo install wasm-bindgen-cli $WB_VERSIE (a few minutes, once)"
  # No --locked: its lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "=$WB_VERSIE"
fi

# wasm-pack builds the npm package (scripts/build-wasm.mjs); it uses the wasm-bindgen above and the
# wasm-opt of the npm `binaryen` package, and downloads nothing itself.
WP_VERSIE=0.15.1
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WP_VERSIE" ]; then
  stap "cargo install wasm-pack $WP_VERSIE (a few minutes, once)"
  cargo install wasm-pack --version "=$WP_VERSIE" --locked
fi

# npm ci only when package-lock.json changed since the last install (a stamp holds its hash).
LOCK_HASH=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.kw-lock-hash 2>/dev/null)" != "$LOCK_HASH" ]; then
  stap "npm ci"
  npm ci --no-audit --no-fund
  echo "$LOCK_HASH" > node_modules/.kw-lock-hash
fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  stap "apt-get install chromium (for the browser tests)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ "${1:-}" = "--browser" ] && ! command -v valgrind >/dev/null 2>&1; then
  stap "apt-get install valgrind (for the instruction-count budget)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq valgrind >/dev/null
fi
echo "setup: ok (wasm-bindgen $WB_VERSIE, wasm-pack $WP_VERSIE, node $(node --version))"
