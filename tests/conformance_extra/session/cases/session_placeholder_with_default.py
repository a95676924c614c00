# placeholder_with_default: shape, dtype, name, default evaluation, feeding
# a different shape allowed by the declared shape, shape errors.
from prelude import tf, np, rnd

p = tf.placeholder_with_default([[1.0, 2.0]], shape=[None, 2], name="p")
print(p.name, p.dtype.name, p.shape.as_list(), p.op.type)
q = tf.placeholder_with_default(tf.constant(3), shape=[], name="q")
print(q.name, q.dtype.name, q.shape.as_list())
r = tf.placeholder_with_default(np.array([1, 2, 3], dtype=np.int64), shape=None)
print(r.name, r.dtype.name, str(r.shape))
s = tf.placeholder_with_default("abc", shape=[])
print(s.name, s.dtype.name)
w = tf.placeholder_with_default([1.0, 2.0], shape=[2], name="p")
print(w.name)
with tf.Session() as sess:
    print(rnd(sess.run(p)), rnd(sess.run(p, {p: [[5, 6], [7, 8]]})))
    print(sess.run(q), sess.run(q + 1, {q: 10}))
    print(sess.run(r).tolist(), sess.run(r, {r: [[1]]}).tolist())
    print(sess.run(s))
    try:
        sess.run(p, {p: [1.0, 2.0]})
    except Exception as e:
        print(type(e).__name__)
try:
    tf.placeholder_with_default([1.0, 2.0], shape=[3])
except Exception as e:
    print(type(e).__name__)
