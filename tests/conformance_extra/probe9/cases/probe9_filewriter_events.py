# FileWriter add_graph/add_summary/flush/reopen and summary_iterator.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

import glob
d = os.path.join(os.getcwd(), "logs")
x = tf.constant(2.0, name="x")
s1 = tf.summary.scalar("val", x)
w = tf.summary.FileWriter(d)
w.add_graph(tf.get_default_graph())
with tf.Session() as sess:
    for i in range(3):
        w.add_summary(sess.run(s1), global_step=i)
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="manual", simple_value=1.5)]), 10)
w.add_session_log(tf.SessionLog(status=tf.SessionLog.START), 11)
w.flush()
print("dir", t and os.path.basename(w.get_logdir()))
files = glob.glob(os.path.join(d, "events.out.tfevents.*"))
print("nfiles", len(files))
evs = list(tf.train.summary_iterator(files[0]))
print("n", len(evs))
for e in evs:
    what = e.WhichOneof("what")
    extra = [(v.tag, rnd(v.simple_value)) for v in e.summary.value] if what == "summary" else (e.file_version if what == "file_version" else "")
    print(e.step, what, extra)
w.close()
t("add_after_close", lambda: w.add_summary(tf.Summary(), 1))
w.reopen()
w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="again", simple_value=2.0)]), 20)
w.close()
files = sorted(glob.glob(os.path.join(d, "events.out.tfevents.*")))
print("nfiles2", len(files) >= 1)
t("bad_summary", lambda: tf.summary.FileWriter(d).add_summary(3))
t("bad_file", lambda: list(tf.train.summary_iterator(os.path.join(d, "nope"))))
w2 = tf.summary.FileWriter(os.path.join(os.getcwd(), "l2"), graph=tf.get_default_graph(), filename_suffix=".sfx")
w2.close()
print("sfx", [f.endswith(".sfx") for f in glob.glob(os.path.join(os.getcwd(), "l2", "*"))])
