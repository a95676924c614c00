"""Messages serialized here parse in TensorFlow to the same bytes, and the other way round."""

import base64
import json
from pathlib import Path

import pytest

from tensorweave.protos import (
    config_pb2,
    event_pb2,
    graph_pb2,
    meta_graph_pb2,
    pack_any,
    summary_pb2,
    types_pb2,
    unpack_any,
)

HERE = Path(__file__).resolve().parent


def build_graph_def() -> graph_pb2.GraphDef:
    g = graph_pb2.GraphDef()
    g.versions.producer = 1994
    g.versions.min_consumer = 12
    const = g.node.add(name="scope/c", op="Const", device="/device:CPU:0")
    const.attr["dtype"].type = types_pb2.DT_FLOAT
    value = const.attr["value"].tensor
    value.dtype = types_pb2.DT_FLOAT
    value.tensor_shape.dim.add(size=2)
    value.tensor_shape.dim.add(size=-1, name="batch")
    value.tensor_content = b"\x00\x00\x80?\x00\x00\x00@"
    ph = g.node.add(name="x", op="Placeholder")
    ph.attr["dtype"].type = types_pb2.DT_STRING
    ph.attr["shape"].shape.unknown_rank = True
    mm = g.node.add(name="mm", op="MatMul", input=["scope/c", "x:0", "^init"])
    mm.attr["transpose_a"].b = True
    mm.attr["T"].type = types_pb2.DT_DOUBLE
    mm.attr["_class"].list.s.extend([b"loc:@w", b"loc:@v"])
    mm.attr["ints"].list.i.extend([1, -2, 1 << 40])
    mm.attr["floats"].list.f.extend([0.5, -1.25])
    mm.attr["types"].list.type.extend([types_pb2.DT_INT32, types_pb2.DT_BOOL])
    mm.attr["shapes"].list.shape.add().dim.add(size=3)
    mm.attr["f"].func.name = "double"
    mm.attr["f"].func.attr["T"].type = types_pb2.DT_HALF
    mm.attr["neg"].i = -7
    mm.attr["flt"].f = 3.25
    function = g.library.function.add()
    function.signature.name = "double"
    arg = function.signature.input_arg.add(name="t", type_attr="T")
    arg.description = "input"
    function.signature.output_arg.add(name="y", type=types_pb2.DT_FLOAT)
    function.signature.attr.add(name="T", type="type").allowed_values.list.type.append(1)
    body = function.node_def.add(name="mul", op="Mul", input=["t", "t"])
    body.attr["T"].placeholder = "T"
    function.ret["y"] = "mul:z:0"
    function.arg_attr[0].attr["_user"].s = b"yes"
    g.library.gradient.add(function_name="double", gradient_func="double_grad")
    return g


def build_config() -> config_pb2.ConfigProto:
    config = config_pb2.ConfigProto(
        allow_soft_placement=True,
        log_device_placement=True,
        inter_op_parallelism_threads=4,
        intra_op_parallelism_threads=2,
        operation_timeout_in_ms=1500,
    )
    config.device_count["CPU"] = 2
    config.device_count["GPU"] = 0
    config.gpu_options.per_process_gpu_memory_fraction = 0.25
    config.gpu_options.visible_device_list = "0"
    config.graph_options.optimizer_options.opt_level = config_pb2.OptimizerOptions.L0
    config.graph_options.optimizer_options.global_jit_level = config_pb2.OptimizerOptions.ON_1
    config.graph_options.rewrite_options.memory_optimization = 1
    config.session_inter_op_thread_pool.add(num_threads=3, global_name="pool")
    config.rpc_options.compression_algorithm = "gzip"
    config.cluster_def.job.add(name="ps", tasks={0: "a:1", 1: "b:2"})
    config.experimental.executor_type = "SINGLE_THREADED_EXECUTOR"
    return config


def build_run_metadata() -> config_pb2.RunMetadata:
    meta = config_pb2.RunMetadata()
    device = meta.step_stats.dev_stats.add(device="/job:localhost/replica:0/task:0/device:CPU:0")
    stats = device.node_stats.add(node_name="mm", all_start_micros=123, op_end_rel_micros=9)
    stats.timeline_label = "mm = MatMul(c, x)"
    memory = stats.memory.add(allocator_name="cpu", total_bytes=64, peak_bytes=64)
    memory.allocation_records.add(alloc_micros=1, alloc_bytes=-64)
    output = stats.output.add(slot=0)
    output.tensor_description.dtype = types_pb2.DT_FLOAT
    output.tensor_description.shape.dim.add(size=2)
    output.tensor_description.allocation_description.requested_bytes = 8
    device.thread_names[7] = "worker"
    meta.partition_graphs.append(build_graph_def())
    meta.cost_graph.node.add(name="mm", id=1).output_info.add(size=8, alias_input_port=-1)
    return meta


def build_summary() -> summary_pb2.Summary:
    summary = summary_pb2.Summary()
    summary.value.add(tag="loss", simple_value=0.125)
    histo = summary.value.add(tag="w").histo
    histo.min, histo.max, histo.num, histo.sum, histo.sum_squares = -1.0, 2.0, 3.0, 1.0, 5.0
    histo.bucket_limit.extend([0.0, 1.0, 1.7976931348623157e308])
    histo.bucket.extend([1.0, 1.0, 1.0])
    summary.value.add(tag="img").image.CopyFrom(
        summary_pb2.Summary.Image(height=2, width=3, colorspace=4, encoded_image_string=b"png")
    )
    audio = summary.value.add(tag="snd").audio
    audio.sample_rate, audio.num_channels, audio.content_type = 16000.0, 1, "audio/wav"
    tensor_value = summary.value.add(tag="t")
    tensor_value.metadata.plugin_data.plugin_name = "scalars"
    tensor_value.metadata.data_class = summary_pb2.DATA_CLASS_SCALAR
    tensor_value.tensor.dtype = types_pb2.DT_FLOAT
    tensor_value.tensor.float_val.append(2.0)
    return summary


def build_messages() -> dict:
    events = {
        "Event:version": event_pb2.Event(wall_time=1.25, file_version="brain.Event:2"),
        "Event:summary": event_pb2.Event(wall_time=2.5, step=10, summary=build_summary()),
        "Event:graph": event_pb2.Event(graph_def=build_graph_def().SerializeToString()),
        "Event:log": event_pb2.Event(
            session_log=event_pb2.SessionLog(
                status=event_pb2.SessionLog.CHECKPOINT, checkpoint_path="/tmp/m.ckpt", msg="saved"
            )
        ),
        "Event:meta": event_pb2.Event(
            step=3, tagged_run_metadata=event_pb2.TaggedRunMetadata(tag="step3", run_metadata=b"x")
        ),
    }
    meta_graph = meta_graph_pb2.MetaGraphDef()
    meta_graph.meta_info_def.tags.append("serve")
    meta_graph.meta_info_def.stripped_op_list.op.add(name="Const").attr.add(name="dtype", type="type")
    meta_graph.graph_def.CopyFrom(build_graph_def())
    meta_graph.saver_def.filename_tensor_name = "save/Const:0"
    meta_graph.saver_def.version = 2
    meta_graph.collection_def["variables"].bytes_list.value.append(b"\n\x01w")
    meta_graph.collection_def["train_op"].node_list.value.append("train")
    meta_graph.collection_def["steps"].int64_list.value.extend([1, 2])
    meta_graph.collection_def["rates"].float_list.value.append(0.5)
    pack_any(meta_graph.collection_def["anys"].any_list.value.add(), build_config())
    signature = meta_graph.signature_def["serving_default"]
    signature.method_name = "tensorflow/serving/predict"
    signature.inputs["x"].name = "x:0"
    signature.inputs["x"].dtype = types_pb2.DT_FLOAT
    signature.outputs["sp"].coo_sparse.values_tensor_name = "v:0"
    return {
        "GraphDef": build_graph_def(),
        "ConfigProto": build_config(),
        "RunOptions": config_pb2.RunOptions(
            trace_level=config_pb2.RunOptions.FULL_TRACE,
            timeout_in_ms=100,
            output_partition_graphs=True,
        ),
        "RunMetadata": build_run_metadata(),
        "Summary": build_summary(),
        "MetaGraphDef": meta_graph,
        **events,
    }


CLASSES = {
    "GraphDef": graph_pb2.GraphDef,
    "ConfigProto": config_pb2.ConfigProto,
    "RunOptions": config_pb2.RunOptions,
    "RunMetadata": config_pb2.RunMetadata,
    "Event": event_pb2.Event,
    "Summary": summary_pb2.Summary,
    "MetaGraphDef": meta_graph_pb2.MetaGraphDef,
}


@pytest.fixture(scope="module")
def exchange(tf_oracle):
    ours = {k: m.SerializeToString(deterministic=True) for k, m in build_messages().items()}
    request = {"ours": {k: base64.b64encode(v).decode() for k, v in ours.items()}}
    reply = json.loads(tf_oracle(HERE / "oracle_wire_roundtrip.py", json.dumps(request)))
    decode = lambda d: {k: base64.b64decode(v) for k, v in d.items()}
    return ours, decode(reply["reserialized"]), decode(reply["theirs"])


def test_messages_built_here_reserialize_identically_in_tensorflow(exchange):
    ours, reserialized, _ = exchange
    assert set(reserialized) == set(ours)
    for kind, data in ours.items():
        assert reserialized[kind] == data, kind


def test_messages_built_by_tensorflow_reserialize_identically_here(exchange):
    _, _, theirs = exchange
    assert {"GraphDef", "MetaGraphDef", "ConfigProto", "RunMetadata", "Event"} <= set(theirs)
    for kind, data in theirs.items():
        message = CLASSES[kind].FromString(data)
        assert message.SerializeToString(deterministic=True) == data, kind
        # Every field TensorFlow wrote is declared here (none survive only as unknown bytes).
        message.DiscardUnknownFields()
        assert message.SerializeToString(deterministic=True) == data, kind


def test_tensorflow_graph_def_contents_are_readable(exchange):
    _, _, theirs = exchange
    graph = graph_pb2.GraphDef.FromString(theirs["GraphDef"])
    nodes = {n.name: n for n in graph.node}
    assert nodes["x"].op == "Placeholder"
    assert nodes["x"].attr["dtype"].type == types_pb2.DT_FLOAT
    assert [d.size for d in nodes["x"].attr["shape"].shape.dim] == [-1, 3]
    assert nodes["strings"].attr["value"].tensor.string_val == [b"a", b"bc"]
    assert len(graph.library.function) >= 1
    assert graph.versions.producer > 0
    run_metadata = config_pb2.RunMetadata.FromString(theirs["RunMetadata"])
    assert run_metadata.step_stats.dev_stats
    assert run_metadata.partition_graphs


def test_any_packs_with_tensorflow_type_url():
    message = meta_graph_pb2.CollectionDef.AnyList().value.add()
    pack_any(message, build_config())
    assert message.type_url == "type.googleapis.com/tensorflow.ConfigProto"
    restored = config_pb2.ConfigProto()
    assert unpack_any(message, restored) and restored == build_config()
    assert not unpack_any(message, graph_pb2.GraphDef())
