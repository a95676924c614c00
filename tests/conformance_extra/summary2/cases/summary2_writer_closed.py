# A closed FileWriter ignores writes (no new events), reopen starts a new file, flush after close is a no-op.
import os
import tempfile
import time
import warnings
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
w = tf.summary.FileWriter(logdir)
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="a", simple_value=1.0)]), 1)
w.close()
w.close()
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="b", simple_value=2.0)]), 2)
w.add_session_log(tf.SessionLog(status=tf.SessionLog.START), 2)
w.flush()
print(len(os.listdir(logdir)))
time.sleep(1.1)
w.reopen()
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="c", simple_value=3.0)]), 3)
w.reopen()
w.close()
files = sorted(os.listdir(logdir))
print(len(files))
for f in files:
    evs = list(tf.train.summary_iterator(os.path.join(logdir, f)))
    print([(e.step, e.WhichOneof("what"), [v.tag for v in e.summary.value]) for e in evs])
