"""Run under the TF oracle by test_wire_compat.py.

stdin: JSON {"ours": {kind: base64 bytes written by tensorweave}}.
stdout (last line): JSON {"reserialized": {kind: base64}, "theirs": {kind: base64}} where
"reserialized" is each of ours parsed by TensorFlow's class and written back deterministically,
and "theirs" are messages TensorFlow built itself.
"""

import base64
import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np
import tensorflow as tf
from tensorflow.core.framework import graph_pb2, summary_pb2
from tensorflow.core.protobuf import config_pb2, meta_graph_pb2
from tensorflow.core.util import event_pb2

CLASSES = {
    "GraphDef": graph_pb2.GraphDef,
    "ConfigProto": config_pb2.ConfigProto,
    "RunOptions": config_pb2.RunOptions,
    "RunMetadata": config_pb2.RunMetadata,
    "Event": event_pb2.Event,
    "Summary": summary_pb2.Summary,
    "MetaGraphDef": meta_graph_pb2.MetaGraphDef,
}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def build_theirs() -> dict:
    tf1 = tf.compat.v1
    tf1.disable_eager_execution()
    out = {}
    graph = tf.Graph()
    with graph.as_default():
        x = tf1.placeholder(tf.float32, [None, 3], name="x")
        w = tf1.get_variable("w", initializer=np.arange(6, dtype=np.float32).reshape(3, 2))
        s = tf1.constant(["a", "bc"], name="strings")

        @tf.function
        def double(t):
            return t * 2.0

        y = tf.identity(double(tf.matmul(x, w)), name="y")
        tf1.summary.scalar("loss", tf.reduce_sum(y))
        tf1.summary.histogram("w_hist", w)
        merged = tf1.summary.merge_all()
        saver = tf1.train.Saver()
        out["GraphDef"] = graph.as_graph_def()
        out["MetaGraphDef"] = saver.export_meta_graph()
        run_options = tf1.RunOptions(
            trace_level=tf1.RunOptions.FULL_TRACE, output_partition_graphs=True, timeout_in_ms=5000
        )
        run_metadata = tf1.RunMetadata()
        config = tf1.ConfigProto(
            allow_soft_placement=True,
            log_device_placement=False,
            inter_op_parallelism_threads=2,
            intra_op_parallelism_threads=1,
            device_count={"CPU": 1, "GPU": 0},
            operation_timeout_in_ms=9000,
        )
        config.gpu_options.allow_growth = True
        config.graph_options.optimizer_options.opt_level = tf1.OptimizerOptions.L0
        config.graph_options.optimizer_options.global_jit_level = tf1.OptimizerOptions.OFF
        config.graph_options.rewrite_options.arithmetic_optimization = 2
        config.experimental.collective_group_leader = "/job:w"
        config.cluster_def.job.add(name="worker", tasks={0: "localhost:2222"})
        with tf1.Session(config=config) as sess:
            sess.run(tf1.global_variables_initializer())
            summary_bytes = sess.run(
                merged, {x: np.ones((2, 3), np.float32)}, options=run_options, run_metadata=run_metadata
            )
            sess.run(s)
        out["ConfigProto"] = config
        out["RunOptions"] = run_options
        out["RunMetadata"] = run_metadata
        summary = summary_pb2.Summary.FromString(summary_bytes)
        summary.value.add(
            tag="img",
            image=summary_pb2.Summary.Image(height=1, width=1, colorspace=3, encoded_image_string=b"\x89PNG"),
        )
        out["Summary"] = summary
        out["Event"] = event_pb2.Event(wall_time=1.5e9, step=7, summary=summary)
    return {k: b64(v.SerializeToString(deterministic=True)) for k, v in out.items()}


def main() -> None:
    request = json.loads(sys.stdin.read())
    reserialized = {}
    for kind, data in request["ours"].items():
        message = CLASSES[kind.split(":")[0]].FromString(base64.b64decode(data))
        reserialized[kind] = b64(message.SerializeToString(deterministic=True))
    print(json.dumps({"reserialized": reserialized, "theirs": build_theirs()}))


main()
