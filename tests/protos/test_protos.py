"""The generated modules: importable lazily, layouts as TensorFlow has them."""

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def test_importing_tensorweave_does_not_import_protobuf():
    code = "import sys, tensorweave, tensorweave.protos; print('google.protobuf' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_messages_are_reachable_by_name_from_the_package():
    import tensorweave.protos as protos

    assert protos.GraphDef.DESCRIPTOR.full_name == "tensorweave.GraphDef"
    assert protos.DataType.Value("DT_BFLOAT16") == 14
    assert protos.RunOptions.FULL_TRACE == 3
    assert protos.OptimizerOptions.L0 == -1
    assert protos.BundleHeaderProto.LITTLE == 0
    with pytest.raises(AttributeError):
        protos.NoSuchMessage  # noqa: B018


def test_every_generated_module_round_trips_an_empty_and_a_filled_message():
    done = subprocess.run([sys.executable, str(HERE / "runtime_smoke.py")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")


def test_each_proto_file_has_its_generated_module():
    protos = sorted(p.stem for p in (ROOT / "tensorweave" / "protos").glob("*.proto"))
    generated = sorted(p.stem[: -len("_pb2")] for p in (ROOT / "tensorweave/protos").glob("*_pb2.py"))
    assert protos == generated


def test_field_numbers_and_types_match_tensorflow(tf_oracle):
    last_line = tf_oracle(HERE / "oracle_compare_layouts.py")
    assert last_line.startswith("checked ")
