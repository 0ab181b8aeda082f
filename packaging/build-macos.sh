#!/usr/bin/env bash
# Build the macOS app: dist/SAMSON.app (opens .samson files) and dist/SAMSON-<version>-macos-<arch>.dmg.
# Usage: packaging/build-macos.sh
# Optional signing and notarisation (see docs/packaging.md):
#   MACOS_SIGN_IDENTITY="Developer ID Application: Name (TEAMID)"   sign with the hardened runtime
#   MACOS_NOTARY_PROFILE=<keychain profile of `xcrun notarytool store-credentials`>   notarise the .dmg
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
if [ ! -x "$PYTHON" ]; then
    python3 -m venv .venv
    PYTHON=.venv/bin/python
    "$PYTHON" -m pip install --quiet --upgrade pip
    "$PYTHON" -m pip install --quiet -e .
fi
"$PYTHON" -m pip install --quiet -r packaging/requirements-build.txt

VERSION="$("$PYTHON" -c 'import samson_desktop; print(samson_desktop.__version__)')"
ARCH="$(uname -m)"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/samson.spec

APP=dist/SAMSON.app
reported="$("$APP/Contents/MacOS/SAMSON" --version)"
if [ "$reported" != "samson $VERSION" ]; then
    echo "build-macos: bundle reports '$reported', expected 'samson $VERSION'" >&2
    exit 1
fi

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$MACOS_SIGN_IDENTITY" "$APP"
    codesign --verify --strict --verbose=2 "$APP"
fi

dmg="dist/SAMSON-$VERSION-macos-$ARCH.dmg"
rm -f "$dmg"
hdiutil create -volname "SAMSON $VERSION" -srcfolder "$APP" -ov -format UDZO "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    codesign --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
    xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi

echo "Built $APP ($(du -sh "$APP" | cut -f1)) and $dmg ($(du -sh "$dmg" | cut -f1))" \
     "in $(( $(date +%s) - start )) s"
