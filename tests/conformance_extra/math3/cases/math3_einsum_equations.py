# einsum over many equations: implicit output, ellipsis broadcasting, traces, repeated labels, int dtypes.
from prelude import tf, np, rnd

a = tf.constant(np.arange(6, dtype=np.float32).reshape(2, 3))
b = tf.constant(np.arange(12, dtype=np.float32).reshape(3, 4))
c = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 1, 3, 4))
d = tf.constant(np.arange(40, dtype=np.float32).reshape(5, 4, 2))
sq = tf.constant(np.arange(9, dtype=np.float32).reshape(3, 3))
v = tf.constant([1.0, 2.0, 3.0])
eqs = [("ij,jk", a, b), ("ij,jk->ki", a, b), ("ij->", a), ("ji", a), ("i,i", v, v), ("i,i->i", v, v),
       ("ii", sq), ("ij,ij->", a, a), ("...ij,...jk->...ik", c, d), ("...ij,jk->...ik", c, tf.ones([4, 2])),
       ("b...,b...->b", a, a), ("ij,j->i", sq, v), ("i,j,k->ijk", v, v, v), ("aBc,c->aB", c[0], tf.ones([4])),
       ("ij, jk -> ik", a, b), ("...", v), ("i...->...", a), ("ijkl->lkji", c), ("iij->j", tf.ones([3, 3, 2]))]
outs = []
for eq, *ops in eqs:
    try:
        r = tf.einsum(eq, *ops)
        outs.append(r)
        print(eq, r.dtype.name, r.shape.as_list())
    except Exception as e:
        print(eq, type(e).__name__)
ri = tf.einsum("ij,jk->ik", tf.constant([[1, 2]]), tf.constant([[3], [4]]))
print(ri.dtype.name, ri.shape.as_list())
with tf.Session() as sess:
    for val in sess.run(outs + [ri]):
        print(rnd(val))
