#!/usr/bin/env bash
# Checks that the checked-in *_pb2.py modules import and work under each protobuf runtime major
# version tensorweave supports, each in a throwaway virtual environment: every generated message
# round-trips (runtime_smoke.py), and GraphDef, MetaGraphDef, checkpoint, SavedModel and events
# files are written and read back through the public API (runtime_roundtrip.py).
#   tests/protos/check_runtimes.sh [VERSION ...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(4.21.1 4.21.12 4.25.9 5.26.1 5.29.6 6.30.2 6.33.6 7.34.0 7.36.2)
for v in "${versions[@]}"; do
  venv=${TMPDIR:-/tmp}/tw-protobuf-$v
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -c "import google.protobuf as p, numpy; assert p.__version__ == '$v'" 2>/dev/null ||
    "$venv/bin/pip" install -q "protobuf==$v" numpy
  "$venv/bin/python" "$here/runtime_smoke.py"
  "$venv/bin/python" "$here/runtime_roundtrip.py"
done
