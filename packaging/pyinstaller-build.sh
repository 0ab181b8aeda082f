# Shared by build-linux.sh and build-macos.sh (sourced, from the project root): a Python with the
# project and the build tools, then the PyInstaller bundle. Sets PYTHON, VERSION, ARCH and start.

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

# check_version SCRIPT EXECUTABLE: the bundle must answer with the one version before it is shipped.
check_version() {
    local reported
    reported="$("$2" --version)"
    if [ "$reported" != "samson $VERSION" ]; then
        echo "$1: bundle reports '$reported', expected 'samson $VERSION'" >&2
        exit 1
    fi
}
