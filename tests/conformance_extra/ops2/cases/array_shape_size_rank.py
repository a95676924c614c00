# shape/size/rank: out_type, constant folding of known shapes, unknown dims, shape_n, TensorShape API.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


x = tf.ones([2, 3, 4])
p = tf.placeholder(tf.float32, [None, 3])
u = tf.placeholder(tf.int32)
outs = [tf.shape(x), tf.shape(x, out_type=tf.int64), tf.shape(p), tf.shape(u), tf.size(x), tf.size(p),
        tf.size(p, out_type=tf.int64), tf.rank(x), tf.rank(p), tf.rank(u), tf.shape(tf.constant(3.0)),
        tf.shape(x, name="sx"), tf.size(u, name="su")]
for t in outs:
    show(t)
sn = tf.shape_n([x, p, tf.cast(u, tf.float32)], out_type=tf.int64)
for t in sn:
    show(t)
try:
    tf.shape_n([x, u])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
print(p.shape, p.get_shape().as_list(), p.shape.ndims, p.shape[0], p.shape[1], p.shape.is_fully_defined())
print(u.shape, u.shape.ndims, x.shape.num_elements(), p.shape.num_elements())
print(x.shape[1:], x.shape[-1], p.shape.merge_with([4, None]).as_list(), p.shape.concatenate([5]).as_list())
print(p.shape.is_compatible_with([7, 3]), p.shape.is_compatible_with([7, 2]), tf.TensorShape(None).rank)
try:
    p.shape.merge_with([4, 2])
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
try:
    u.shape.as_list()
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as sess:
    feed = {p: np.ones((5, 3)), u: np.ones((2, 2, 2), np.int32)}
    for v in sess.run(outs + sn, feed):
        a = np.asarray(v)
        print(a.dtype.name, rnd(a))
