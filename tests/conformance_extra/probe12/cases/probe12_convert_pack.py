# convert_to_tensor of lists holding tensors (auto-packing): op names, dtypes, errors with mixed dtypes.
from prelude import tf, np, rnd

a = tf.constant(1.0, name="a")
b = tf.placeholder(tf.float32, [2], name="b")
i = tf.constant(2, name="i")
for fn in [lambda: tf.convert_to_tensor([a, 2.0]), lambda: tf.convert_to_tensor([[a, a], [1.0, 2.0]]),
           lambda: tf.convert_to_tensor((a, 3)), lambda: tf.convert_to_tensor([a, i]), lambda: tf.convert_to_tensor([b, b]),
           lambda: tf.convert_to_tensor([b, [1.0, 2.0]]), lambda: tf.convert_to_tensor([a, b]),
           lambda: tf.convert_to_tensor([a, 2.0], dtype=tf.float64), lambda: tf.convert_to_tensor([i, 2.5]),
           lambda: tf.convert_to_tensor([a], name="named"), lambda: tf.constant([a, 1.0]),
           lambda: tf.reshape(b, [i, -1]), lambda: tf.zeros([i, 3]), lambda: tf.fill([i, b.shape[0]], 1.0),
           lambda: tf.convert_to_tensor([np.float32(1), a]), lambda: tf.stack([a, 2]),
           lambda: tf.convert_to_tensor([tf.Variable(1.0, name="v"), 2.0]), lambda: tf.convert_to_tensor([1, tf.Dimension(2)]),
           lambda: tf.convert_to_tensor(tf.TensorShape([2, 3])), lambda: tf.convert_to_tensor(tf.TensorShape([2, None])),
           lambda: tf.convert_to_tensor(tf.Dimension(4)), lambda: tf.convert_to_tensor(b.shape)]:
    try:
        r = fn()
        print(r.op.type, r.op.name, r.dtype.name, r.shape, [x.op.name for x in r.op.inputs])
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0][:200])
with tf.Session() as s:
    print(rnd(s.run(tf.convert_to_tensor([[a, a], [1.0, 2.0]])), 3), s.run(tf.zeros([i, 3])).shape)
