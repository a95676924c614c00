# lstsq with l2_regularizer and fast=False, batched; tf.norm / tf.linalg.norm ord and axis forms; errors.
from prelude import tf, np, rnd

A = tf.constant([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
y = tf.constant([[1.0], [2.0], [2.5], [4.0]])
outs = [tf.linalg.lstsq(A, y), tf.linalg.lstsq(A, y, l2_regularizer=0.5), tf.linalg.lstsq(A, y, fast=False),
        tf.linalg.lstsq(tf.stack([A, 2.0 * A]), tf.stack([y, y]))]
x = tf.constant([[3.0, -4.0, 0.0], [1.0, 2.0, -2.0]])
norms = [("default", lambda: tf.norm(x)), ("fro", lambda: tf.norm(x, ord="fro", axis=[0, 1])),
         ("euclid ax1", lambda: tf.norm(x, ord="euclidean", axis=1)), ("l1 ax0", lambda: tf.norm(x, ord=1, axis=0)),
         ("inf ax1", lambda: tf.norm(x, ord=np.inf, axis=1, keepdims=True)), ("p3", lambda: tf.norm(x, ord=3, axis=-1)),
         ("mat 1", lambda: tf.norm(x, ord=1, axis=(0, 1))), ("mat inf", lambda: tf.norm(x, ord=np.inf, axis=[-2, -1])),
         ("mat 2", lambda: tf.norm(x, ord=2, axis=[0, 1])), ("linalg", lambda: tf.linalg.norm(x, axis=0)),
         ("keepdims", lambda: tf.norm(x, keepdims=True)), ("v1 keep_dims", lambda: tf.norm(x, axis=1, keep_dims=True)),
         ("bad ord", lambda: tf.norm(x, ord=-1)), ("bad fro vec", lambda: tf.norm(x, ord="fro", axis=1)),
         ("bad axis", lambda: tf.norm(x, axis=[0, 1, 2])), ("nuc", lambda: tf.norm(x, ord="nuc", axis=[0, 1])),
         ("int", lambda: tf.norm(tf.constant([3, 4])))]
res = []
for label, fn in norms:
    try:
        r = fn()
        res.append(r)
        print(label, r.dtype.name, r.shape.as_list())
    except Exception as e:
        print(label, type(e).__name__)
g0 = tf.gradients(tf.norm(x), x)[0]
z = tf.constant([0.0, 0.0])
gz = tf.gradients(tf.norm(z), z)[0]
g1 = tf.gradients(tf.reduce_sum(tf.norm(x, ord=1, axis=1)), x)[0]
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
    for v in sess.run(res):
        print(rnd(v, 4))
    print(rnd(sess.run([g0, gz, g1]), 4))
