# Indexing the rows of a RaggedTensor: rt[i], rt[-1], rt[a:b], rt[::2].
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]], [[7]]])
outs = [rc[0], rc[1], rc[2], rc[-1], rc[1:3], rc[::2], rc[-2:], rc[:1], rc[5:], m[0], m[1:],
        rc[tf.constant(2)]]
print([type(o).__name__ for o in outs])
print([o.dtype.name for o in outs])
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list() if hasattr(v, "to_list") else v.tolist())
