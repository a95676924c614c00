# make_tensor_proto / make_ndarray across dtypes: dtype enum, shape, and which field holds values.
from prelude import tf, np

for value, dtype in [(np.float16(1.5), None), ([1, 2], tf.int8), ([1, 2], tf.uint16), ([3.0], tf.float64),
                     ([1 + 2j], tf.complex64), ([True], None), (["x", "yz"], None), (np.zeros((2, 2), np.int64), None),
                     (5, tf.bfloat16)]:
    t = tf.make_tensor_proto(value, dtype=dtype)
    fields = sorted(f.name for f, _ in t.ListFields())
    back = tf.make_ndarray(t)
    print(t.dtype, [d.size for d in t.tensor_shape.dim], fields, str(back.dtype), back.tolist())
try:
    tf.make_tensor_proto([1, 2, 3], shape=[2])
except Exception as e:
    print(type(e).__name__)
t = tf.make_tensor_proto(7.0, shape=[2, 2])
print(sorted(f.name for f, _ in t.ListFields()), tf.make_ndarray(t).tolist())
