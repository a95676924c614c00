# Merged scalar+histogram summaries of variables evaluated and parsed with tf.Summary.FromString.
from prelude import tf, np, rnd

w = tf.Variable([[1.0, -2.0], [3.0, 0.5]], name="weights")
b = tf.Variable([0.25, 0.75], name="bias")
with tf.name_scope("stats"):
    s1 = tf.summary.scalar("w_mean", tf.reduce_mean(w))
    s2 = tf.summary.scalar("b_max", tf.reduce_max(b))
h = tf.summary.histogram("weights_hist", w)
merged = tf.summary.merge_all()
print(s1.name, s1.dtype.name, s1.shape, h.name, merged.name, merged.op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    raw = sess.run(merged)
    print(type(raw).__name__)
    summ = tf.Summary.FromString(raw)
    for v in summ.value:
        kind = v.WhichOneof("value")
        if kind == "simple_value":
            print(v.tag, kind, rnd(v.simple_value))
        else:
            hh = v.histo
            print(v.tag, kind, rnd([hh.min, hh.max, hh.num, hh.sum, hh.sum_squares]))
    one = tf.Summary()
    one.ParseFromString(sess.run(s2))
    print(len(one.value), one.value[0].tag, rnd(one.value[0].simple_value))
