#!/usr/bin/env bash
# Regenerates tensorweave/protos/*_pb2.py from the .proto files beside them.
#
#   tools/gen_protos.sh
#
# The generator is pinned: grpcio-tools 1.62.3 bundles protoc 25.1, whose Python output runs
# on every protobuf runtime from 4.21 to 7.x. Newer protoc releases emit a runtime version
# check that rejects runtimes older than themselves, so do not bump this casually; if you do,
# re-run tests/protos/check_runtimes.sh.
set -euo pipefail
GRPCIO_TOOLS_VERSION=1.62.3
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${TW_PROTOC_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/tensorweave-protoc-$GRPCIO_TOOLS_VERSION}
if ! "$venv/bin/python" -c 'import grpc_tools.protoc' 2>/dev/null; then
  echo "gen_protos: installing grpcio-tools==$GRPCIO_TOOLS_VERSION into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "grpcio-tools==$GRPCIO_TOOLS_VERSION"
fi
cd "$root"
rm -f tensorweave/protos/*_pb2.py
# Paths are given relative to the repository root so the generated imports read
# "from tensorweave.protos import x_pb2". google/protobuf/any.proto comes from grpc_tools.
"$venv/bin/python" -m grpc_tools.protoc -I. --python_out=. tensorweave/protos/*.proto
echo "gen_protos: wrote $(ls tensorweave/protos/*_pb2.py | wc -l) modules" >&2
