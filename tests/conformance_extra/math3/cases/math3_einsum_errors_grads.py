# einsum bad equations (error classes at build and run time), unknown shapes and gradients.
from prelude import tf, np, rnd

a = tf.constant(np.arange(6, dtype=np.float32).reshape(2, 3))
b = tf.constant(np.arange(12, dtype=np.float32).reshape(3, 4))
p = tf.placeholder(tf.float32, [None, 3])
q = tf.placeholder(tf.float32, None)
for label, fn in [("out label missing", lambda: tf.einsum("ij,jk->iz", a, b)),
                  ("dup out", lambda: tf.einsum("ij,jk->ii", a, b)),
                  ("rank", lambda: tf.einsum("ijk,jk->i", a, b)),
                  ("dim mismatch", lambda: tf.einsum("ij,ij->i", a, b)),
                  ("two arrows", lambda: tf.einsum("ij->j->i", a)),
                  ("bad char", lambda: tf.einsum("i1,1j->ij", a, b)),
                  ("no operands", lambda: tf.einsum("ij")),
                  ("int float", lambda: tf.einsum("ij,jk->ik", tf.constant([[1, 2]]), tf.ones([2, 1])))]:
    try:
        r = fn()
        print(label, "ok", r.shape.as_list())
    except Exception as e:
        print(label, type(e).__name__)
r1 = tf.einsum("ij,jk->ik", p, b)
r2 = tf.einsum("ij,jk->ik", q, b)
r3 = tf.einsum("...j,jk->...k", q, b)
for r in (r1, r2, r3):
    print(r.shape.as_list() if r.shape.ndims is not None else None)
g = tf.gradients(tf.reduce_sum(tf.einsum("ij,jk->ik", a, b) ** 2), [a, b])
gt = tf.gradients(tf.einsum("ii->", tf.reshape(b[:, :3], [3, 3])), b)
gd = tf.gradients(tf.reduce_sum(tf.einsum("bij,bj->bi", tf.stack([b[:, :3], b[:, 1:]]), tf.ones([2, 3])) * 2.0), b)
ge = tf.gradients(tf.reduce_sum(tf.einsum("...j,jk->...k", tf.ones([2, 2, 3]), b)), b)
with tf.Session() as sess:
    print(rnd(sess.run(g + gt + gd + ge)))
    print(rnd(sess.run([r1, r2, r3], {p: np.ones((2, 3)), q: np.ones((1, 3))})))
    try:
        sess.run(r1, {p: np.ones((2, 4))})
        print("no error")
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(r2, {q: np.ones((2, 4))})
        print("no error")
    except Exception as e:
        print(type(e).__name__)
