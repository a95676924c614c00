# merge / merge_all: names, collections, scope filtering, merging merged summaries, empty collections.
from prelude import tf, np, rnd

with tf.name_scope("a"):
    sa = tf.summary.scalar("x", tf.constant(1.0))
with tf.name_scope("b"):
    sb = tf.summary.scalar("y", tf.constant(2.0))
sc = tf.summary.scalar("z", tf.constant(3.0), collections=["custom"])
m1 = tf.summary.merge([sa, sb])
m2 = tf.summary.merge([m1, sc], name="outer", collections=["merged"])
ma = tf.summary.merge_all()
mscope = tf.summary.merge_all(scope="b")
mcustom = tf.summary.merge_all("custom", name="cust")
print(m1.name, m2.name, ma.name, mscope.name if mscope is not None else None, mcustom.name)
print([t.name for t in tf.get_collection("merged")], [t.name for t in tf.get_collection(tf.GraphKeys.SUMMARIES)])
print(tf.summary.merge_all("nothing"), tf.summary.merge_all(scope="zzz"))
with tf.Session() as sess:
    for m in (m1, m2, ma, mscope, mcustom):
        p = tf.Summary.FromString(sess.run(m))
        print([(v.tag, rnd(v.simple_value)) for v in p.value])
    raw = tf.placeholder(tf.string, [None], name="raw")
    mr = tf.summary.merge([raw])
    good = sess.run(sa)
    print([v.tag for v in tf.Summary.FromString(sess.run(mr, {raw: [good, sess.run(sc)]})).value])
    try:
        sess.run(mr, {raw: [b"\xff\xff\xff"]})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
