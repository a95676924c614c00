# add_run_metadata (with real RunMetadata from a traced run), duplicate tags, add_session_log kinds.
import glob
import os
import tempfile
from prelude import tf, np, rnd

logdir = tempfile.mkdtemp()
x = tf.constant([1.0, 2.0])
y = tf.reduce_sum(x * x, name="y")
w = tf.summary.FileWriter(logdir)
with tf.Session() as sess:
    rm = tf.RunMetadata()
    print(sess.run(y, options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE), run_metadata=rm))
    w.add_run_metadata(rm, "step1", global_step=1)
    try:
        w.add_run_metadata(rm, "step1", global_step=2)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("dup", type(e).__name__)
    w.add_run_metadata(tf.RunMetadata(), "empty")
w.add_session_log(tf.SessionLog(status=tf.SessionLog.START), 0)
w.add_session_log(tf.SessionLog(status=tf.SessionLog.CHECKPOINT, checkpoint_path="/ck"), 3)
w.add_session_log(tf.SessionLog(status=tf.SessionLog.STOP, msg="bye"))
w.close()
events = list(tf.train.summary_iterator(glob.glob(os.path.join(logdir, "*"))[0]))
for e in events[1:]:
    kind = e.WhichOneof("what")
    if kind == "tagged_run_metadata":
        md = tf.RunMetadata.FromString(e.tagged_run_metadata.run_metadata)
        print(e.step, kind, e.tagged_run_metadata.tag, type(md).__name__)
    else:
        sl = e.session_log
        print(e.step, kind, tf.SessionLog.SessionStatus.Name(sl.status), sl.checkpoint_path, sl.msg)
