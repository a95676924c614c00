"""Run under the TF oracle: compares every tensorweave message and enum with TensorFlow's.

Prints one line per mismatch and "checked N messages, M enums" at the end; exits 1 on any
mismatch. Used by test_layouts_match_tensorflow.py.
"""

import importlib
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from google.protobuf.descriptor import FieldDescriptor

# tensorweave module -> TensorFlow module declaring the same messages.
PAIRS = {
    "types_pb2": "tensorflow.core.framework.types_pb2",
    "tensor_shape_pb2": "tensorflow.core.framework.tensor_shape_pb2",
    "resource_handle_pb2": "tensorflow.core.framework.resource_handle_pb2",
    "tensor_pb2": "tensorflow.core.framework.tensor_pb2",
    "attr_value_pb2": "tensorflow.core.framework.attr_value_pb2",
    "full_type_pb2": "tensorflow.core.framework.full_type_pb2",
    "node_def_pb2": "tensorflow.core.framework.node_def_pb2",
    "versions_pb2": "tensorflow.core.framework.versions_pb2",
    "op_def_pb2": "tensorflow.core.framework.op_def_pb2",
    "function_pb2": "tensorflow.core.framework.function_pb2",
    "graph_debug_info_pb2": "tensorflow.core.framework.graph_debug_info_pb2",
    "graph_pb2": "tensorflow.core.framework.graph_pb2",
    "saver_pb2": "tensorflow.core.protobuf.saver_pb2",
    "meta_graph_pb2": "tensorflow.core.protobuf.meta_graph_pb2",
    "histogram_pb2": "tensorflow.compiler.xla.tsl.protobuf.histogram_pb2",
    "summary_pb2": "tensorflow.core.framework.summary_pb2",
    "event_pb2": "tensorflow.core.util.event_pb2",
    "allocation_description_pb2": "tensorflow.core.framework.allocation_description_pb2",
    "tensor_description_pb2": "tensorflow.core.framework.tensor_description_pb2",
    "step_stats_pb2": "tensorflow.core.framework.step_stats_pb2",
    "cost_graph_pb2": "tensorflow.core.framework.cost_graph_pb2",
    "cluster_pb2": "tensorflow.core.protobuf.cluster_pb2",
    "rpc_options_pb2": "tensorflow.compiler.xla.tsl.protobuf.rpc_options_pb2",
    "debug_pb2": "tensorflow.core.protobuf.debug_pb2",
    "verifier_config_pb2": "tensorflow.core.protobuf.verifier_config_pb2",
    "rewriter_config_pb2": "tensorflow.core.protobuf.rewriter_config_pb2",
    "coordination_config_pb2": "tensorflow.compiler.xla.tsl.protobuf.coordination_config_pb2",
    "config_pb2": "tensorflow.core.protobuf.config_pb2",
    "tensor_slice_pb2": "tensorflow.core.framework.tensor_slice_pb2",
    "tensor_bundle_pb2": "tensorflow.core.protobuf.tensor_bundle_pb2",
    "saved_tensor_slice_pb2": "tensorflow.core.util.saved_tensor_slice_pb2",
    "checkpoint_state_pb2": "tensorflow.python.training.checkpoint_state_pb2",
    "variable_pb2": "tensorflow.core.framework.variable_pb2",
    "error_codes_pb2": "tensorflow.compiler.xla.tsl.protobuf.error_codes_pb2",
    "queue_runner_pb2": "tensorflow.core.protobuf.queue_runner_pb2",
    "saved_model_pb2": "tensorflow.core.protobuf.saved_model_pb2",
    "feature_pb2": "tensorflow.core.example.feature_pb2",
    "example_pb2": "tensorflow.core.example.example_pb2",
}

# Fields deliberately left undeclared (their bytes survive as unknown fields).
OMITTED = {"tensorflow.MetaGraphDef.object_graph_def", "tensorflow.TensorInfo.composite_tensor"}

problems: list[str] = []
counts = {"messages": 0, "enums": 0}


def local_name(full_name: str) -> str:
    return full_name.split(".", 1)[1]


def packed(field) -> bool:
    # Whether the repeated scalar is written packed (proto3's default unless told otherwise).
    if hasattr(field, "is_packed"):
        return bool(field.is_packed)
    options = field.GetOptions()
    return options.packed if options.HasField("packed") else True


def real_oneof(field):
    # proto3 "optional" fields sit in a synthetic oneof named "_<field>"; on the wire (and in
    # has_presence) they are the same as proto2 optional fields.
    oneof = field.containing_oneof
    if oneof is None or oneof.name == "_" + field.name:
        return None
    return oneof.name


def field_kind(field) -> tuple:
    target = field.message_type or field.enum_type
    return (
        field.number,
        field.type,
        field.is_repeated,
        local_name(target.full_name) if target else None,
        real_oneof(field),
        field.has_presence,
        packed(field)
        if field.is_repeated
        and field.type
        not in (FieldDescriptor.TYPE_MESSAGE, FieldDescriptor.TYPE_STRING, FieldDescriptor.TYPE_BYTES)
        else None,
    )


def compare_enum(ours, theirs):
    counts["enums"] += 1
    a = {v.name: v.number for v in ours.values}
    b = {v.name: v.number for v in theirs.values}
    if a != b:
        problems.append(f"enum {theirs.full_name}: ours {a} theirs {b}")


def compare_message(ours, theirs):
    counts["messages"] += 1
    ours_f = {f.name: f for f in ours.fields}
    for f in theirs.fields:
        if f.full_name in OMITTED:
            continue
        mine = ours_f.pop(f.name, None)
        if mine is None:
            problems.append(f"missing field {f.full_name} = {f.number}")
        elif field_kind(mine) != field_kind(f):
            problems.append(f"field {f.full_name}: ours {field_kind(mine)} theirs {field_kind(f)}")
    for name in ours_f:
        problems.append(f"extra field {ours.full_name}.{name}")
    for e in theirs.enum_types:
        if e.name not in ours.enum_types_by_name:
            problems.append(f"missing enum {e.full_name}")
        else:
            compare_enum(ours.enum_types_by_name[e.name], e)
    for n in theirs.nested_types:
        if n.GetOptions().map_entry:
            continue
        if n.full_name in ("tensorflow.TensorInfo.CompositeTensor",):
            continue
        if n.name not in ours.nested_types_by_name:
            problems.append(f"missing nested message {n.full_name}")
        else:
            compare_message(ours.nested_types_by_name[n.name], n)


for ours_name, theirs_name in PAIRS.items():
    ours = importlib.import_module(f"tensorweave.protos.{ours_name}").DESCRIPTOR
    theirs = importlib.import_module(theirs_name).DESCRIPTOR
    for name, msg in ours.message_types_by_name.items():
        if name not in theirs.message_types_by_name:
            problems.append(f"{ours_name}: {name} is not in {theirs_name}")
        else:
            compare_message(msg, theirs.message_types_by_name[name])
    for name, enum in ours.enum_types_by_name.items():
        if name not in theirs.enum_types_by_name:
            problems.append(f"{ours_name}: enum {name} is not in {theirs_name}")
        else:
            compare_enum(enum, theirs.enum_types_by_name[name])

for p in problems:
    print(p)
print(f"checked {counts['messages']} messages, {counts['enums']} enums")
sys.exit(1 if problems else 0)
