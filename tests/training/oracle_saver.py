"""Run under real TensorFlow (the oracle), never under tensorweave; used by test_saver.py.

    python oracle_saver.py DIR

DIR/request.json holds {"prefix": checkpoint written by tensorweave, "variables": {name:
description}} (descriptions as in tests/fixtures/make_tf_fixtures.py). Prints one JSON line:

    "restored":      what a TF Saver over same-named ref variables restores from the prefix
    "meta_restored": what TF restores after tf.train.import_meta_graph(prefix + ".meta")
    "saver_def":     the SaverDef of the imported meta graph, as text

and writes DIR/theirs/model-5 with TF's Saver from the described values.
"""

import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np
import tensorflow as tf

tf1 = tf.compat.v1
tf1.disable_eager_execution()


def describe(value):
    array = np.array(value, dtype=object) if isinstance(value, bytes) else np.asarray(value)
    if array.dtype.kind in "OSU":
        items = [x.encode() if isinstance(x, str) else bytes(x) for x in array.reshape(-1)]
        return {"dtype": "string", "shape": list(array.shape), "strings": [x.hex() for x in items]}
    little = array.astype(array.dtype.newbyteorder("<"), copy=False)
    return {"dtype": tf.as_dtype(array.dtype).name, "shape": list(array.shape), "hex": little.tobytes().hex()}


def undescribe(d):
    if d["dtype"] == "string":
        return np.array([bytes.fromhex(x) for x in d["strings"]] + [None], dtype=object)[:-1].reshape(d["shape"])
    dtype = tf.as_dtype(d["dtype"]).as_numpy_dtype
    return np.frombuffer(bytes.fromhex(d["hex"]), dtype=dtype).reshape(d["shape"])


def variables(descriptions, zeros):
    out = {}
    for name, d in descriptions.items():
        value = undescribe(d)
        dtype = tf.string if d["dtype"] == "string" else tf.as_dtype(d["dtype"])
        if zeros:
            value = np.zeros(value.shape, dtype=object if d["dtype"] == "string" else value.dtype)
            if d["dtype"] == "string":
                value[...] = b""
        out[name] = tf1.Variable(value, dtype=dtype, name=name, use_resource=False)
    return out


def main(folder):
    with open(os.path.join(folder, "request.json")) as f:
        request = json.load(f)
    prefix, descriptions = request["prefix"], request["variables"]
    result = {}
    with tf.Graph().as_default():
        made = variables(descriptions, zeros=True)
        saver = tf1.train.Saver()
        with tf1.Session() as sess:
            saver.restore(sess, prefix)
            result["restored"] = {n: describe(sess.run(v)) for n, v in made.items()}
    if os.path.exists(prefix + ".meta"):
        with tf.Graph().as_default():
            saver = tf1.train.import_meta_graph(prefix + ".meta")
            result["saver_def"] = str(saver.as_saver_def())
            with tf1.Session() as sess:
                saver.restore(sess, prefix)
                result["meta_restored"] = {v.op.name: describe(sess.run(v)) for v in tf1.global_variables()}
    with tf.Graph().as_default():
        variables(descriptions, zeros=False)
        saver = tf1.train.Saver()
        with tf1.Session() as sess:
            sess.run(tf1.global_variables_initializer())
            saver.save(sess, os.path.join(folder, "theirs", "model"), global_step=5)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
