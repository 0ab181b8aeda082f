#!/usr/bin/env bash
# Smoke-test a built Linux bundle headless, in a clean environment with no Python on PATH:
# --version, validate, report (writes a PDF) and --smoke-test (opens the window) on the demo session.
# A step fails on a non-zero exit or on a Python traceback in its output (the window catches some
# errors and goes on).
# Usage: packaging/test-bundle.sh [dist/samson]
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE="$(cd "${1:-dist/samson}" && pwd)"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' samson_desktop/__init__.py)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A path with spaces and non-ASCII letters, as facilitators' folders often have.
out="$work/Rapporter æøå"
mkdir -p "$out" "$work/home"
cp resources/demo/demo-t1.samson "$out/demo t1.samson"
demo="$out/demo t1.samson"
log="$work/output.log"

# run STEP-NAME ARGS...: run the bundle with ARGS; its output goes to $log.
run() {
    local name="$1"
    shift
    printf '%-20s' "$name"
    if ! env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
            "$BUNDLE/samson" "$@" > "$log" 2>&1; then
        echo "FAILED (exit code)"; cat "$log"; exit 1
    fi
    if grep -q "Traceback (most recent call last)" "$log"; then
        echo "FAILED (traceback)"; cat "$log"; exit 1
    fi
}
started=$(date +%s)

run "--version" --version
grep -qx "samson $VERSION" "$log" || { echo "FAILED: $(cat "$log")"; exit 1; }
echo "ok: $(cat "$log")"

run "validate" validate "$demo"
echo "ok"

run "report -o PDF" report "$demo" -o "$out/rapport.pdf"
[ "$(head -c 5 "$out/rapport.pdf")" = "%PDF-" ] || { echo "FAILED: no PDF written"; exit 1; }
echo "ok: $(wc -c < "$out/rapport.pdf") bytes"

run "--smoke-test" --smoke-test "$demo"
echo "ok: $(grep -m1 "first paint" "$log" || echo "window shown")"

echo "Bundle $BUNDLE passed in $(( $(date +%s) - started )) s"
