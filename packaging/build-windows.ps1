# Build the Windows bundle: dist\samson\ (one folder: SamsonDesktop.exe for the window, samson.exe for the
# command line), dist\samson-<version>-windows-x64.zip and, when Inno Setup is installed, a per-user
# installer dist\SAMSON-<version>-setup.exe that adds the Start menu entry and opens .samson files.
#
# Usage (PowerShell, from anywhere):  packaging\build-windows.ps1
# Optional signing (see docs\packaging.md):  $env:SIGN_CERT_SHA1 = "<certificate thumbprint>"
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$python = if ($env:PYTHON) { $env:PYTHON } else { ".venv\Scripts\python.exe" }
if (-not (Test-Path $python)) {
    py -3 -m venv .venv
    $python = ".venv\Scripts\python.exe"
    & $python -m pip install --quiet --upgrade pip
    & $python -m pip install --quiet -e .
    if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
}
& $python -m pip install --quiet -r packaging\requirements-build.txt
if ($LASTEXITCODE -ne 0) { throw "installing the build tools failed" }

$version = (& $python -c "import samson_desktop; print(samson_desktop.__version__)").Trim()
$started = Get-Date
& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\samson.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$reported = (& dist\samson\samson.exe --version).Trim()
if ($reported -ne "samson $version") { throw "bundle reports '$reported', expected 'samson $version'" }

function Sign-Files([string[]] $files) {
    if (-not $env:SIGN_CERT_SHA1) { return }
    $timestamp = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    & signtool sign /sha1 $env:SIGN_CERT_SHA1 /fd SHA256 /tr $timestamp /td SHA256 $files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
}
Sign-Files @("dist\samson\SamsonDesktop.exe", "dist\samson\samson.exe")

$zip = "dist\samson-$version-windows-x64.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path dist\samson -DestinationPath $zip

$iscc = Get-Command iscc -ErrorAction SilentlyContinue
if (-not $iscc) {
    $default = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
    if (Test-Path $default) { $iscc = Get-Item $default }
}
if ($iscc) {
    & $iscc.Source /Qp "/DAppVersion=$version" packaging\windows\samson.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
    Sign-Files @("dist\SAMSON-$version-setup.exe")
} else {
    Write-Host "Inno Setup (iscc) not found: no installer built, only the zip."
}

$size = "{0:N0} MB" -f ((Get-ChildItem dist\samson -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "Built dist\samson ($size) and $zip in $([int]((Get-Date) - $started).TotalSeconds) s"
