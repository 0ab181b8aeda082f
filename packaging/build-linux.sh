#!/usr/bin/env bash
# Build the Linux bundle: dist/samson/ (one folder, runs without Python) and dist/samson-<version>-linux-<arch>.tar.gz.
# Usage: packaging/build-linux.sh            (uses .venv, creating it when missing)
#        PYTHON=/path/to/python packaging/build-linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."

source packaging/pyinstaller-build.sh

check_version build-linux dist/samson/samson

archive="dist/samson-$VERSION-linux-$ARCH.tar.gz"
tar -C dist -czf "$archive" samson
echo "Built dist/samson ($(du -sh dist/samson | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1))" \
     "in $(( $(date +%s) - start )) s"
