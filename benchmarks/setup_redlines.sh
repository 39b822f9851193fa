#!/bin/sh
# Install Python-Redlines (Open-XML-PowerTools' WmlComparer, a .NET binary shipped inside
# its companion wheel) into benchmarks/.redlines-venv: a benchmark-only comparison, never a
# dependency of reportdiff. bench.py prints "not installed" for its row when this failed.
# Nothing else to install: the companion wheel for this platform holds a self-contained .NET build
# (linux-x64 here; no runtime needed); the first call unpacks it into ~/.cache/python-redlines.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python3 -m venv "$here/.redlines-venv"
"$here/.redlines-venv/bin/pip" install -q 'python-redlines[ooxmlpowertools]==2.0.0'
# -- the first call extracts the binary into the user cache; a failure shows here, not mid-benchmark --
"$here/.redlines-venv/bin/python" -c "from python_redlines import XmlPowerToolsEngine; print(XmlPowerToolsEngine().extracted_binaries_path)"
