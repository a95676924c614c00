"""Run under the TF oracle by test_tf_record.py, with a directory argument.

Reads every "ours-*.tfrecord" there with TensorFlow (printing how many records and a digest),
and writes "tf-<compression>.tfrecord" files holding records.bin's records. The last stdout
line is JSON {file name: [count, sha256 of the joined records]}.
"""

import hashlib
import json
import os
import pickle
import sys

import tensorflow as tf

folder = sys.argv[1]
with open(os.path.join(folder, "records.bin"), "rb") as f:
    records = pickle.load(f)
for compression in ("", "ZLIB", "GZIP"):
    path = os.path.join(folder, f"tf-{compression or 'NONE'}.tfrecord")
    with tf.io.TFRecordWriter(path, compression) as writer:
        for record in records:
            writer.write(record)
read = {}
for name in sorted(os.listdir(folder)):
    if name.startswith("ours-"):
        compression = name[len("ours-") : -len(".tfrecord")]
        got = list(
            tf.compat.v1.io.tf_record_iterator(
                os.path.join(folder, name), "" if compression == "NONE" else compression
            )
        )
        read[name] = [len(got), hashlib.sha256(b"\0".join(got)).hexdigest()]
print(json.dumps(read))
