# Gradients through tf.case and tf.switch_case w.r.t. default variables.
from prelude import tf, np, rnd

w = tf.Variable(2.0, name="w")
u = tf.Variable([1.0, 3.0], name="u")
i = tf.placeholder(tf.int32, [], name="i")
x = tf.placeholder(tf.float32, [], name="x")
sc = tf.switch_case(i, [lambda: w * w, lambda: tf.reduce_sum(u) * w, lambda: tf.reduce_sum(u * u)])
cs = tf.case([(x < 0.0, lambda: w * x), (x < 5.0, lambda: tf.reduce_prod(u) + w)], default=lambda: x)
gsc = tf.gradients(sc, [w, u])
gcs = tf.gradients(cs, [w, u])
print([None if g is None else g.dtype.name for g in gsc + gcs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for k in [0, 1, 2]:
        print(k, rnd(sess.run(gsc, {i: k})))
    for val in [-2.0, 1.0]:
        print(val, rnd(sess.run(gcs, {x: val})))
