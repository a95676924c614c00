# Summaries: op names/types, merge_all, collections, scalar on non-scalar, FileWriter events.
from prelude import tf, np, rnd
import glob, os

def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:250])

x = tf.placeholder(tf.float32, [None], name="x")
s1 = tf.summary.scalar("mean", tf.reduce_mean(x))
with tf.name_scope("grp"):
    s2 = tf.summary.histogram("hist", x)
    s3 = tf.summary.scalar("max", tf.reduce_max(x), collections=["other"])
s4 = tf.summary.text("txt", tf.constant("hello"))
t("names", lambda: [s.name for s in (s1, s2, s3, s4)])
t("types", lambda: [s.op.type for s in (s1, s2, s3, s4)])
t("dtype", lambda: s1.dtype)
t("coll", lambda: [s.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)])
t("other", lambda: [s.name for s in tf.get_collection("other")])
m = tf.summary.merge_all()
t("merged", lambda: (m.name, m.op.type, [i.name for i in m.op.inputs]))
t("merge_other", lambda: tf.summary.merge_all(key="other").name)
t("merge_empty", lambda: tf.summary.merge_all(key="nothing"))
t("scalar_vec", lambda: tf.summary.scalar("v", x).name)
t("bad_name", lambda: tf.summary.scalar("a b", 1.0).name)
t("merge_list", lambda: tf.summary.merge([s1, s3]).name)
t("merge_bad", lambda: tf.summary.merge([1.0]))
with tf.Session() as sess:
    t("run_vec", lambda: sess.run(tf.get_default_graph().get_tensor_by_name("v:0"), {x: [1.0, 2.0]}))
    out = sess.run(m, {x: [1.0, 2.0, 6.0]})
    summ = tf.Summary.FromString(out)
    t("tags", lambda: [v.tag for v in summ.value])
    t("scalar_val", lambda: summ.value[0].simple_value)
    t("hist", lambda: (summ.value[1].histo.min, summ.value[1].histo.max, summ.value[1].histo.num, summ.value[1].histo.sum))
    w = tf.summary.FileWriter("logs", sess.graph)
    w.add_summary(out, global_step=7)
    w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="manual", simple_value=2.5)]), 8)
    w.flush()
    w.close()
    files = glob.glob("logs/events.out.tfevents.*")
    t("nfiles", lambda: len(files))
    evs = list(tf.train.summary_iterator(files[0]))
    t("kinds", lambda: [e.WhichOneof("what") for e in evs])
    t("steps", lambda: [e.step for e in evs])
    t("tags_ev", lambda: [[v.tag for v in e.summary.value] for e in evs if e.HasField("summary")])
    t("file_version", lambda: evs[0].file_version)
    t("writer_logdir", lambda: w.get_logdir())
