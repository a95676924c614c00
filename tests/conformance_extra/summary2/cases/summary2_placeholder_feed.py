# Summaries fed through placeholders: feeding the summary tensor itself, feeding tags of a scalar summary.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None])
tags = tf.placeholder(tf.string, [None])
raw = tf.raw_ops.ScalarSummary(tags=tags, values=x, name="raw_scalar") if hasattr(tf, "raw_ops") else None
s = tf.summary.scalar("mean", tf.reduce_mean(x))
print(raw.name, raw.op.type, raw.shape)
with tf.Session() as sess:
    out = tf.Summary.FromString(sess.run(raw, {tags: ["a", "b", "c"], x: [1.0, 2.0, 3.0]}))
    print([(v.tag, v.simple_value) for v in out.value])
    try:
        sess.run(raw, {tags: ["a"], x: [1.0, 2.0]})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("mismatch", type(e).__name__)
    fake = tf.Summary(value=[tf.Summary.Value(tag="fed", simple_value=9.0)]).SerializeToString()
    fed = sess.run(s, {s: fake})
    print(type(fed).__name__, fed.dtype, fed.shape, [v.tag for v in tf.Summary.FromString(fed.item()).value])
    print(rnd(tf.Summary.FromString(sess.run(s, {x: [1.0, 4.0]})).value[0].simple_value))
    try:
        sess.run(s, {x: []})
        print("empty ok", np.isnan(tf.Summary.FromString(sess.run(s, {x: []})).value[0].simple_value))
    except Exception as e:  # noqa: BLE001
        print("empty", type(e).__name__)
