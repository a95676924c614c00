"""The generated modules: importable lazily, layouts as TensorFlow has them."""

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def test_importing_tensorweave_does_not_import_protobuf():
    code = "import sys, tensorweave, tensorweave.protos; print('google.protobuf' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.stdout.strip() == "False", out.stderr


def test_messages_are_reachable_by_name_from_the_package():
    from tensorweave import protos

    assert protos.GraphDef.DESCRIPTOR.full_name == "tensorweave.GraphDef"
    assert protos.DataType.Value("DT_BFLOAT16") == 14
    assert protos.RunOptions.FULL_TRACE == 3
    assert protos.OptimizerOptions.L0 == -1
    assert protos.BundleHeaderProto.LITTLE == 0
    with pytest.raises(AttributeError):
        protos.NoSuchMessage  # noqa: B018


def test_every_generated_module_round_trips_an_empty_and_a_filled_message():
    done = subprocess.run(
        [sys.executable, str(HERE / "runtime_smoke.py")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")


def test_every_shared_file_format_round_trips_through_the_public_api(tmp_path):
    done = subprocess.run(
        [sys.executable, str(HERE / "runtime_roundtrip.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("roundtrip ok ")


def test_generated_modules_carry_no_runtime_version_check():
    # protoc >= 26 emits `ValidateProtobufRuntimeVersion`, which rejects runtimes older than the
    # generator; tools/gen_protos.sh pins protoc 25.1 so one set of modules serves 4.21 to 7.x.
    for path in sorted((ROOT / "tensorweave" / "protos").glob("*_pb2.py")):
        text = path.read_text()
        assert "runtime_version" not in text, path.name
        assert "# Protobuf Python Version: 4.25.1" in text, path.name


def test_each_proto_file_has_its_generated_module():
    protos = sorted(p.stem for p in (ROOT / "tensorweave" / "protos").glob("*.proto"))
    generated = sorted(p.stem[: -len("_pb2")] for p in (ROOT / "tensorweave/protos").glob("*_pb2.py"))
    assert protos == generated


def test_field_numbers_and_types_match_tensorflow(tf_oracle):
    last_line = tf_oracle(HERE / "oracle_compare_layouts.py")
    assert last_line.startswith("checked ")


def test_a_tensorflow_meta_graph_file_parses_completely_and_reserializes_identically():
    from tensorweave.protos import meta_graph_pb2, saver_pb2, variable_pb2

    blob = (ROOT / "tests/fixtures/tf_checkpoints/saver/model.ckpt-7.meta").read_bytes()
    meta = meta_graph_pb2.MetaGraphDef.FromString(blob)
    assert meta.SerializeToString(deterministic=True) == blob
    meta.DiscardUnknownFields()
    assert meta.SerializeToString(deterministic=True) == blob  # every field is declared
    assert meta.saver_def.version == saver_pb2.SaverDef.V2
    assert "Const" in {op.name for op in meta.meta_info_def.stripped_op_list.op}
    names = set()
    for raw in meta.collection_def["variables"].bytes_list.value:
        names.add(variable_pb2.VariableDef.FromString(raw).variable_name)
    assert {"dense/kernel:0", "dense/bias:0", "global_step:0"} <= names
    assert {node.name for node in meta.graph_def.node} >= {"x", "y", "save/SaveV2"}
