# tf.strings.reduce_join / tf.reduce_join: axis, negative axis, keepdims, separator, None axis, errors.
from prelude import tf, np, rnd

x = tf.constant([["a", "b", "c"], ["d", "e", "f"]])
r0 = tf.strings.reduce_join(x, axis=0)
r1 = tf.strings.reduce_join(x, axis=1, separator=",")
rn = tf.strings.reduce_join(x, axis=-1, keepdims=True)
ra = tf.strings.reduce_join(x)
rl = tf.reduce_join(x, axis=[0, 1], separator=".")
rk = tf.reduce_join(x, 1, keep_dims=True)
print(r0.op.type, r0.name, r0.shape.as_list(), r1.shape.as_list(), rn.shape.as_list(), ra.shape.as_list(),
      rl.shape.as_list(), rk.shape.as_list())
e = tf.zeros([2, 0], tf.string)
re = tf.strings.reduce_join(e, axis=1, separator="|")
with tf.Session() as sess:
    for t in [r0, r1, rn, ra, rl, rk, re]:
        v = np.asarray(sess.run(t))
        print(np.vectorize(lambda b: b.decode())(v).tolist() if v.ndim else v.item().decode())
try:
    tf.strings.reduce_join(x, axis=2)
except Exception as e:  # noqa: BLE001
    print("axis", type(e).__name__)
p = tf.placeholder(tf.string, None)
rp = tf.strings.reduce_join(p, axis=1)
print(str(rp.shape))
with tf.Session() as sess:
    try:
        sess.run(rp, {p: ["a", "b"]})
    except Exception as e:  # noqa: BLE001
        print("runtime axis", type(e).__name__)
