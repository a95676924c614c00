"""Run under real TensorFlow (the oracle), never under tensorweave; used by tests/summary.

    python oracle_summary.py summaries FILE.json
        FILE.json: {name: hex of a serialized Summary written by tensorweave}. Prints JSON
        {name: [value descriptions]} as TF parses them, with images decoded by
        tf.image.decode_png and audio by tf.audio.decode_wav.

    python oracle_summary.py histogram FILE.json
        FILE.json: {name: list of floats}. Prints {name: hex of TF's HistogramSummary output}.

    python oracle_summary.py events PATH
        Prints [event descriptions] of the events file PATH as tf.train.summary_iterator reads it.
"""

import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np
import tensorflow as tf

tf1 = tf.compat.v1
tf1.disable_eager_execution()


def describe_value(value, sess):
    out = {"tag": value.tag, "kind": value.WhichOneof("value")}
    if out["kind"] == "simple_value":
        out["simple_value"] = value.simple_value
    elif out["kind"] == "image":
        pixels = sess.run(tf.image.decode_png(value.image.encoded_image_string, channels=0))
        out["image"] = [value.image.height, value.image.width, value.image.colorspace,
                        pixels.reshape(-1).tolist()]
    elif out["kind"] == "audio":
        audio, rate = sess.run(tf.audio.decode_wav(value.audio.encoded_audio_string))
        out["audio"] = [value.audio.sample_rate, value.audio.num_channels, value.audio.length_frames,
                        value.audio.content_type, int(rate), np.round(audio * 32768).astype(int).tolist()]
    elif out["kind"] == "histo":
        out["histo"] = value.histo.SerializeToString().hex()
    elif out["kind"] == "tensor":
        out["tensor"] = tf.make_ndarray(value.tensor).tolist() if value.tensor.dtype != tf.string.as_datatype_enum \
            else [x.decode() for x in np.asarray(tf.make_ndarray(value.tensor)).reshape(-1)]
        out["plugin"] = value.metadata.plugin_data.plugin_name
    return out


def summaries(path):
    with open(path) as f:
        request = json.load(f)
    result = {}
    with tf1.Session(graph=tf.Graph()) as sess:
        for name, blob in request.items():
            summary = tf1.Summary.FromString(bytes.fromhex(blob))
            result[name] = [describe_value(v, sess) for v in summary.value]
    print(json.dumps(result))


def histogram(path):
    with open(path) as f:
        request = json.load(f)
    result = {}
    with tf.Graph().as_default(), tf1.Session() as sess:
        for name, values in request.items():
            op = tf1.summary.histogram(name, tf.constant(np.array(values, np.float64)))
            result[name] = sess.run(op).hex()
    print(json.dumps(result))


def events(path):
    out = []
    for event in tf1.train.summary_iterator(path):
        kind = event.WhichOneof("what")
        item = {"step": event.step, "kind": kind}
        if kind == "file_version":
            item["file_version"] = event.file_version
        elif kind == "summary":
            item["values"] = [[v.tag, v.simple_value] for v in event.summary.value]
        elif kind == "graph_def":
            graph_def = tf1.GraphDef.FromString(event.graph_def)
            with tf.Graph().as_default():
                tf1.import_graph_def(graph_def, name="")  # TF must be able to load it
            item["nodes"] = [n.name for n in graph_def.node]
        elif kind == "meta_graph_def":
            item["nodes"] = [n.name for n in tf1.MetaGraphDef.FromString(event.meta_graph_def).graph_def.node]
        elif kind == "tagged_run_metadata":
            item["tag"] = event.tagged_run_metadata.tag
        elif kind == "session_log":
            item["status"] = event.session_log.status
        out.append(item)
    print(json.dumps(out))


if __name__ == "__main__":
    {"summaries": summaries, "histogram": histogram, "events": events}[sys.argv[1]](sys.argv[2])
