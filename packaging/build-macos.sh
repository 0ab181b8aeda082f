#!/usr/bin/env bash
# Build the macOS app: dist/SAMSON.app (opens .samson files) and dist/SAMSON-<version>-macos-<arch>.dmg.
# Usage: packaging/build-macos.sh
# Optional signing and notarisation (see docs/packaging.md):
#   MACOS_SIGN_IDENTITY="Developer ID Application: Name (TEAMID)"   sign with the hardened runtime
#   MACOS_NOTARY_PROFILE=<keychain profile of `xcrun notarytool store-credentials`>   notarise the .dmg
set -euo pipefail
cd "$(dirname "$0")/.."

source packaging/pyinstaller-build.sh

APP=dist/SAMSON.app
check_version build-macos "$APP/Contents/MacOS/SAMSON"

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
