# FileWriter misuse: add_summary of a Tensor or a string, bad meta graph, summary_iterator on a missing file.
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
w = tf.summary.FileWriter(logdir)
s = tf.summary.scalar("s", tf.constant(1.0))
for name, arg in [("tensor", s), ("garbage", b"\xff\xff\xff"), ("int", 3), ("none", None)]:
    try:
        w.add_summary(arg, 1)
        print(name, "ok")
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
try:
    w.add_meta_graph(tf.GraphDef())
    print("meta ok")
except Exception as e:  # noqa: BLE001
    print("meta", type(e).__name__)
try:
    w.add_session_log("START")
    print("log ok")
except Exception as e:  # noqa: BLE001
    print("log", type(e).__name__)
w.close()
try:
    list(tf.train.summary_iterator(os.path.join(logdir, "missing")))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("missing", type(e).__name__)
