# tensordot and einsum static shapes with known, unknown and partially known operands.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3, 4], name="a")
b = tf.placeholder(tf.float32, [4, 5], name="b")
c = tf.placeholder(tf.float32, [3, 4, 6], name="c")
u = tf.placeholder(tf.float32, None, name="u")
for t in [tf.tensordot(a, b, 1), tf.tensordot(a, b, [[2], [0]]), tf.tensordot(a, c, [[1, 2], [0, 1]]), tf.tensordot(b, b, 0),
          tf.tensordot(a, u, [[2], [0]]), tf.tensordot(c, b, axes=[[-2], [0]]),
          tf.einsum("ij,jk->ik", b, tf.placeholder(tf.float32, [5, None])), tf.einsum("bij,jk->bik", a, b),
          tf.einsum("bij->bji", a), tf.einsum("ij->", b), tf.einsum("ii->i", tf.placeholder(tf.float32, [3, 3])),
          tf.einsum("...ij,jk->...ik", a, b), tf.einsum("bij,bjk->bik", a, tf.placeholder(tf.float32, [None, 4, 2])),
          tf.einsum("i,j->ij", tf.placeholder(tf.float32, [None]), tf.placeholder(tf.float32, [2]))]:
    print(t.shape, t.dtype.name)
for f in [lambda: tf.tensordot(a, b, [[1], [0]]), lambda: tf.einsum("ij,jk->ik", b, b), lambda: tf.einsum("ij->k", b)]:
    try:
        print("ok", f().shape)
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    r = sess.run(tf.tensordot(a, b, 1), {a: np.ones((2, 3, 4)), b: np.ones((4, 5))})
    print(r.shape, rnd(r[0, 0, :2]))
    print(sess.run(tf.shape(tf.tensordot(a, u, [[2], [0]])), {a: np.ones((2, 3, 4)), u: np.ones((4, 7, 2))}))
