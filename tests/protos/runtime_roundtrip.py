"""Writes and reads back every file format tensorweave shares with TensorFlow, through the public
API: GraphDef (binary and text), MetaGraphDef, a V2 checkpoint of every dtype, a SavedModel and
an events file. check_runtimes.sh runs it under each protobuf runtime the generated code must
support (it needs numpy beside protobuf); test_protos.py runs it under the current one.

    python runtime_roundtrip.py [WORK_DIR]

Prints "roundtrip ok <protobuf version>"; raises on any difference.
"""

import os
import sys
import tempfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, root)

import google.protobuf
import numpy as np
from google.protobuf import text_format

import tensorweave.compat.v1 as tf

VALUES = {
    "f32": np.array([[0.1, -2.5], [np.inf, 3.4e38]], np.float32),
    "f64": np.array([np.pi, -1e308, np.nan]),
    "f16": np.array([1.5, -0.0], np.float16),
    "i8": np.array([-128, 127], np.int8),
    "i16": np.array([-32768], np.int16),
    "i32": np.array(-(2**31), np.int32),
    "i64": np.array([2**63 - 1], np.int64),
    "u8": np.array([[0, 255]], np.uint8),
    "u16": np.array([65535], np.uint16),
    "c64": np.array([1 + 2j], np.complex64),
    "c128": np.array([-1e300 + 0.5j]),
    "flag": np.array([True, False, True]),
    "text": np.array([b"", b"\x00\xffz", "\u00e9".encode()], dtype=object),
    "label": np.array(b"tensorweave", dtype=object),
}


def same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype == object or b.dtype == object:
        return a.shape == b.shape and a.reshape(-1).tolist() == b.reshape(-1).tolist()
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def build():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    made = {name: tf.Variable(value, name=name) for name, value in VALUES.items()}
    y = tf.cond(tf.reduce_sum(x) > 0, lambda: x * 2.0, lambda: -x, name="cnd")
    _, total = tf.while_loop(lambda i, s: i < 3, lambda i, s: (i + 1, s + tf.reduce_sum(y)), [0, 0.0])
    tf.identity(total, name="out")
    tf.summary.scalar("loss", total)
    tf.summary.histogram("weights", tf.concat([x[0], tf.cast(made["f16"], tf.float32)], 0))
    return made


def main(work):
    feed = {"x:0": [[1.0, 2.0]]}
    with tf.Graph().as_default() as graph:
        made = build()
        saver = tf.train.Saver()
        merged = tf.summary.merge_all()
        config = tf.ConfigProto(allow_soft_placement=True, inter_op_parallelism_threads=1)
        with tf.Session(config=config) as sess:
            sess.run(tf.global_variables_initializer())
            expected_out = sess.run("out:0", feed)
            prefix = saver.save(sess, os.path.join(work, "ckpt", "model"), global_step=1)
            writer = tf.summary.FileWriter(os.path.join(work, "logs"), graph)
            for step in range(3):
                writer.add_summary(sess.run(merged, feed), step)
            writer.close()
            tf.saved_model.simple_save(
                sess,
                os.path.join(work, "export"),
                {"x": graph.get_tensor_by_name("x:0")},
                {"out": graph.get_tensor_by_name("out:0")},
            )
        tf.train.write_graph(graph, work, "graph.pb", as_text=False)
        tf.train.write_graph(graph, work, "graph.pbtxt", as_text=True)
        assert sorted(made) == sorted(VALUES)

    # GraphDef, binary and text.
    with open(os.path.join(work, "graph.pb"), "rb") as f:
        binary = tf.GraphDef.FromString(f.read())
    with open(os.path.join(work, "graph.pbtxt")) as f:
        text = text_format.Parse(f.read(), tf.GraphDef())
    assert binary == text and len(binary.library.function) >= 3
    for graph_def in (binary, text):
        with tf.Graph().as_default():
            tf.import_graph_def(graph_def, name="")
            with tf.Session() as sess:
                sess.run("init")
                assert sess.run("out:0", feed) == expected_out

    # Checkpoint and meta graph: every dtype restores bit-exactly.
    assert tf.train.latest_checkpoint(os.path.join(work, "ckpt")) == prefix
    reader = tf.train.NewCheckpointReader(prefix)
    for name, value in VALUES.items():
        assert same(reader.get_tensor(name), value), name
    with tf.Graph().as_default():
        restorer = tf.train.import_meta_graph(prefix + ".meta")
        with tf.Session() as sess:
            restorer.restore(sess, prefix)
            for name, value in VALUES.items():
                assert same(sess.run(name + "/Read/ReadVariableOp:0"), value), name
            assert sess.run("out:0", feed) == expected_out

    # Events file: version, graph, then the summaries.
    logs = os.path.join(work, "logs")
    (events_file,) = os.listdir(logs)
    events = list(tf.train.summary_iterator(os.path.join(logs, events_file)))
    assert events[0].file_version == "brain.Event:2"
    assert {n.name for n in tf.GraphDef.FromString(events[1].graph_def).node} >= {"x", "out"}
    scalars = [(e.step, v.simple_value) for e in events for v in e.summary.value if v.tag == "loss"]
    assert scalars == [(step, float(expected_out)) for step in range(3)]
    histograms = [v.histo for e in events for v in e.summary.value if v.tag == "weights"]
    assert len(histograms) == 3 and histograms[0].num == 4 and histograms[0].max == 2.0

    # SavedModel.
    with tf.Session(graph=tf.Graph()) as sess:
        meta = tf.saved_model.loader.load(sess, ["serve"], os.path.join(work, "export"))
        signature = meta.signature_def["serving_default"]
        got = sess.run(signature.outputs["out"].name, {signature.inputs["x"].name: feed["x:0"]})
        assert got == expected_out
    print("roundtrip ok", google.protobuf.__version__)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(sys.argv[1])
    else:
        with tempfile.TemporaryDirectory() as work:
            main(work)
