#!/usr/bin/env bash
# Build the Linux bundle: dist/samson/ (one folder, runs without Python) and dist/samson-<version>-linux-<arch>.tar.gz.
# Usage: packaging/build-linux.sh            (uses .venv, creating it when missing)
#        PYTHON=/path/to/python packaging/build-linux.sh
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

# The bundle must answer with the one version before it is shipped.
reported="$(dist/samson/samson --version)"
if [ "$reported" != "samson $VERSION" ]; then
    echo "build-linux: bundle reports '$reported', expected 'samson $VERSION'" >&2
    exit 1
fi

archive="dist/samson-$VERSION-linux-$ARCH.tar.gz"
tar -C dist -czf "$archive" samson
echo "Built dist/samson ($(du -sh dist/samson | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1))" \
     "in $(( $(date +%s) - start )) s"
