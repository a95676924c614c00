# softmax / log_softmax with axis on rank-3 inputs, unknown shapes, dim alias, errors.
from prelude import tf, np, rnd

x = tf.constant(np.arange(2 * 3 * 2, dtype=np.float32).reshape(2, 3, 2) / 4.0)
s = [tf.nn.softmax(x), tf.nn.softmax(x, axis=1), tf.nn.softmax(x, axis=0, name="sm0"),
     tf.nn.log_softmax(x, axis=-2), tf.nn.log_softmax(x, 1, name="lsm"), tf.nn.softmax(x, dim=1)]
for t in s:
    print(t.op.type, t.name, t.shape.as_list())
ph = tf.placeholder(tf.float32, [None, None, 4])
print(tf.nn.softmax(ph, axis=1).shape.as_list(), tf.nn.log_softmax(ph, 0).shape.as_list())
for f in (lambda: tf.nn.softmax(x, axis=3), lambda: tf.nn.log_softmax(x, axis=-4),
          lambda: tf.nn.softmax(tf.constant([1, 2])), lambda: tf.nn.softmax(tf.constant(2.0))):
    try:
        r = f()
        print("ok", r.op.type, r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)
s1 = tf.nn.softmax(tf.constant([1000.0, 0.0, -1000.0]))
with tf.Session() as sess:
    for v in sess.run(s):
        print(rnd(v[:, :, 0], 4))
    print(rnd(sess.run(s1), 4))
    try:
        print(rnd(sess.run(tf.nn.softmax(tf.constant(2.0))), 4))
    except Exception as e:
        print(type(e).__name__)
