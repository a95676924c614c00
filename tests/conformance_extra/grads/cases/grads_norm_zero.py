# Gradients of tf.norm (several ords and axes), l2_normalize and l2_loss, including at zero.
from prelude import tf, np, rnd

x = tf.constant([[3.0, 4.0], [0.0, 0.0]])
outs = {
    "euclid": tf.norm(x),
    "euclid_axis": tf.norm(x, axis=1),
    "ord1": tf.norm(x, ord=1, axis=1),
    "ordinf": tf.norm(x, ord=np.inf, axis=1),
    "fro": tf.norm(x, ord="fro", axis=[0, 1]),
    "l2n": tf.nn.l2_normalize(x, axis=1),
    "l2loss": tf.nn.l2_loss(x),
    "keep": tf.norm(x, axis=1, keepdims=True),
}
gs = {k: tf.gradients(v, x)[0] for k, v in sorted(outs.items())}
for k in sorted(outs):
    print(k, outs[k].shape.as_list(), outs[k].name)
z = tf.zeros([3])
gz = tf.gradients(tf.norm(z), z)[0]
try:
    tf.norm(x, ord=3, axis=[0, 1])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad ord", type(e).__name__)
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, rnd(sess.run(gs[k]), 4))
    print(rnd(sess.run(gz), 4))
