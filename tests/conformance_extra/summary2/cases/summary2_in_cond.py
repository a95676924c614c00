# Summaries built inside tf.cond branches and a tf.while_loop body: names, collections, running them.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [])
def t_fn():
    s = tf.summary.scalar("in_true", x)
    return s
def f_fn():
    s = tf.summary.scalar("in_false", -x)
    return s
out = tf.cond(x > 0, t_fn, f_fn)
print(out.name, out.dtype.name)
print([t.name for t in tf.get_collection(tf.GraphKeys.SUMMARIES)])
with tf.Session() as sess:
    for v in (1.0, -2.0):
        print([(s.tag, s.simple_value) for s in tf.Summary.FromString(sess.run(out, {x: v})).value])
    try:
        sess.run(tf.summary.merge_all(), {x: 1.0})
        print("merge_all ran")
    except Exception as e:  # noqa: BLE001
        print("merge_all", type(e).__name__)


i0 = tf.constant(0)
def body(i, acc):
    s = tf.summary.scalar("step", tf.cast(i, tf.float32))
    return i + 1, acc + tf.strings.length(s) * 0 + 1
i, acc = tf.while_loop(lambda i, a: i < 3, body, [i0, tf.constant(0)])
print(i.name, acc.name)
print([t.name for t in tf.get_collection(tf.GraphKeys.SUMMARIES)])
with tf.Session() as sess:
    print(sess.run([i, acc]))
