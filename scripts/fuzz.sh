#!/usr/bin/env bash
# Fuzzing (issue 10): runs the cargo-fuzz targets in fuzz/ one after the other, each for a time
# budget, with the JSON dictionary and seeds from examples/ and tests/cases/; minimises any crash.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   default 600 s, all targets
#   FUZZ_JOBS=N   libFuzzer jobs per target (default 1; the machine is shared)
#
# Targets: toets_tekst (arbitrary bytes), aanvraag (structure-aware aanvragen), zoek (name and code
# look-up), regelset (run-time rule sets, with an aanvraag). Toolchain: nightly when installed,
# else stable with RUSTC_BOOTSTRAP=1 (the documented escape hatch for the -Z flags cargo-fuzz
# uses). Exit status: 0 clean; 1 a crash, hang or broken invariant (the input, minimised, is in
# fuzz/artifacts/TARGET/); 2 a wrong argument (a time of 0, an unknown target); 3 the fuzzers
# could not be built (nothing was fuzzed).
# The corpus grows in fuzz/corpus/TARGET (not in git). The total number of executions is printed
# at the end and appended to fuzz/runs.log.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SECONDEN=${1:-600}
shift || true
DOELEN=("$@")
ALLE=(toets_tekst aanvraag zoek regelset)
[ ${#DOELEN[@]} -eq 0 ] && DOELEN=("${ALLE[@]}")
JOBS=${FUZZ_JOBS:-1}

# A time of 0 would mean "no limit" to libFuzzer, and a misspelt target would look like a crash.
if ! [[ "$SECONDEN" =~ ^[0-9]+$ ]] || [ "$SECONDEN" -eq 0 ]; then
  echo "fuzz: SECONDS_PER_TARGET must be a whole number above 0 (got \"$SECONDEN\"); to skip fuzzing in the tests, FUZZ_SECONDEN=0 ./scripts/test.sh" >&2
  exit 2
fi
for doel in "${DOELEN[@]}"; do
  if [[ " ${ALLE[*]} " != *" $doel "* ]]; then
    echo "fuzz: unknown target \"$doel\"; the targets are: ${ALLE[*]}" >&2
    exit 2
  fi
done

luid() { printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!!! %s\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' "$*" >&2; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> cargo install cargo-fuzz (once)"
  cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  luid "FUZZING DID NOT RUN: cargo-fuzz is not installed and could not be installed"
  exit 3
fi

# nightly when it is there, else stable through RUSTC_BOOTSTRAP=1.
if rustup run nightly rustc --version >/dev/null 2>&1; then
  KETEN=(cargo +nightly); KETEN_NAAM="nightly ($(rustup run nightly rustc --version))"
else
  export RUSTC_BOOTSTRAP=1
  KETEN=(cargo); KETEN_NAAM="stable with RUSTC_BOOTSTRAP=1 ($(rustc --version))"
fi
echo "==> fuzz: ${DOELEN[*]}, ${SECONDEN} s each, toolchain $KETEN_NAAM"
cd fuzz
if ! "${KETEN[@]}" fuzz build --sanitizer none >build.log 2>&1; then
  tail -30 build.log >&2
  luid "FUZZING DID NOT RUN: the fuzz targets could not be built with $KETEN_NAAM (fuzz/build.log)"
  exit 3
fi
rm -f build.log

ZAAD=$(mktemp -d)
trap 'rm -rf "$ZAAD"' EXIT
node zaad.mjs "$ZAAD" >/dev/null

TOTAAL=0
MISLUKT=()
for doel in "${DOELEN[@]}"; do
  mkdir -p "corpus/$doel" "artifacts/$doel"
  LOG="$ZAAD/$doel.log"
  echo "==> fuzz $doel (${SECONDEN} s)"
  PARALLEL=()
  [ "$JOBS" -gt 1 ] && PARALLEL=(-jobs="$JOBS" -workers="$JOBS")
  "${KETEN[@]}" fuzz run --sanitizer none "$doel" "corpus/$doel" "$ZAAD/$doel" -- \
    -max_total_time="$SECONDEN" -dict=json.dict -print_final_stats=1 -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 "${PARALLEL[@]}" \
    -artifact_prefix="artifacts/$doel/" >"$LOG" 2>&1
  STATUS=$?
  [ "$JOBS" -gt 1 ] && cat fuzz-*.log >>"$LOG" 2>/dev/null && rm -f fuzz-*.log
  RUNS=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$LOG" | awk '{s+=$2} END {print s+0}')
  TOTAAL=$((TOTAAL + RUNS))
  if [ "$STATUS" -ne 0 ] || grep -q 'SUMMARY: libFuzzer\|panicked at' "$LOG"; then
    MISLUKT+=("$doel")
    grep -B2 -A20 'panicked at\|SUMMARY\|ERROR: libFuzzer' "$LOG" | head -60 >&2
    for f in artifacts/"$doel"/crash-* artifacts/"$doel"/timeout-* artifacts/"$doel"/oom-*; do
      [ -f "$f" ] || continue
      echo "==> minimising $f"
      "${KETEN[@]}" fuzz tmin --sanitizer none -r 2000 "$doel" "$f" >"$ZAAD/tmin.log" 2>&1
      ls -1 artifacts/"$doel"/minimized-from-* 2>/dev/null | tail -1
    done
  fi
  echo "    $doel: $RUNS executions, exit $STATUS"
done
printf '%s  %s  %s s each  %s  %s executions  %s\n' "$(date -u +%FT%TZ)" "$(git rev-parse --short HEAD)" \
  "$SECONDEN" "${DOELEN[*]}" "$TOTAAL" "${MISLUKT[*]:-clean}" >>runs.log
echo "==> fuzz: $TOTAAL executions in all, toolchain $KETEN_NAAM"
if [ ${#MISLUKT[@]} -gt 0 ]; then
  luid "FUZZING FOUND A PROBLEM in: ${MISLUKT[*]} (inputs in fuzz/artifacts/; make each a table case)"
  exit 1
fi
echo "==> fuzz: clean"
