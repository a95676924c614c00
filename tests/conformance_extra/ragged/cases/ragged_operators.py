# Python operators on RaggedTensors: with scalars, same-structure ragged and [nrows, 1] tensors.
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
f = tf.ragged.constant([[1., 2.], [3.]])
bt = tf.ragged.constant([[True, False], [True]])
bf = tf.ragged.constant([[True, True], [False]])
outs = [rc + 1, rc * rc, 2 * rc, rc - rc, 10 - rc, rc >= 2, rc < 3, -rc, abs(-rc), rc // 2,
        rc % 2, f / 2, 1 / f, f ** 2, bt & bf, bt | bf, ~bt, rc * tf.constant([[1], [2], [3]])]
print([o.dtype.name for o in outs])
print([o.shape.as_list() for o in outs[:3]])
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v.to_list(), 4))
