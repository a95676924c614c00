# FileWriter file naming: prefix, filename_suffix, get_logdir, nested logdir creation, lazy file creation.
import os
import re
import tempfile
import time
from prelude import tf, np, rnd

root = tempfile.mkdtemp()
logdir = os.path.join(root, "a", "b")
w = tf.summary.FileWriter(logdir, filename_suffix=".v2")
print(w.get_logdir() == logdir, os.path.isdir(logdir), len(os.listdir(logdir)))
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="x", simple_value=1.0)]), 3)
w.close()
names = os.listdir(logdir)
print(len(names), [re.sub(r"tfevents\.\d+\..*?(\.v2)?$", r"tfevents.T.HOST\1", n) for n in names])
time.sleep(1.1)
w2 = tf.summary.FileWriter(logdir)
print("no events yet", len(os.listdir(logdir)))
w2.flush()
print("after flush", len(os.listdir(logdir)))
w2.add_summary(tf.Summary(value=[tf.Summary.Value(tag="y", simple_value=2.0)]), 4)
w2.flush()
print("after event", len(os.listdir(logdir)))
w2.close()
names = sorted(os.listdir(logdir))
print(len(names), sum(n.endswith(".v2") for n in names), all(n.startswith("events.out.tfevents.") for n in names))
parts = [n for n in names if not n.endswith(".v2")][0].split(".")
print(parts[:3], parts[3].isdigit(), len(parts[3]))
empty = os.path.join(root, "empty")
w4 = tf.summary.FileWriter(empty)
w4.close()
print("empty", os.path.isdir(empty), len(os.listdir(empty)))
with tf.summary.FileWriter(os.path.join(root, "ctx")) as w3:
    print(type(w3).__name__, w3.get_logdir() == os.path.join(root, "ctx"))
    w3.add_summary(tf.Summary(), 1)
print(len(os.listdir(os.path.join(root, "ctx"))))
