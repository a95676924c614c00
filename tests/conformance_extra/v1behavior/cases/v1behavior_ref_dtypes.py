# Ref dtypes: float32_ref properties, base_dtype, conversions, and ref tensors from assign ops.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
v = tf.Variable([1.0], name="v")
rd = v.dtype
print(rd, repr(rd), rd.name, rd.is_floating, rd.is_integer)
print(rd.base_dtype, rd == tf.float32, rd.base_dtype == tf.float32)
print(rd.as_numpy_dtype, rd.size, rd.as_datatype_enum, tf.float32.as_datatype_enum)
print(rd.is_compatible_with(tf.float32), tf.float32.is_compatible_with(rd))
print(rd.real_dtype, rd.min, rd.max)
print(tf.as_dtype("float32_ref"), tf.as_dtype(tf.float32._as_ref))
print(tf.float32._as_ref, tf.int32._as_ref, tf.float32._as_ref.base_dtype)
print(tf.float32_ref if hasattr(tf, "float32_ref") else "no float32_ref")
i = tf.Variable(2, name="i")
print(i.dtype, i.dtype.is_integer, i.dtype.base_dtype)
d = tf.Variable(np.float64(2), name="d")
print(d.dtype, tf.as_dtype(d.dtype).base_dtype)
a = tf.assign(v, [2.0])
print(a.dtype, a.dtype.base_dtype, (a * 2).dtype)
print(tf.cast(v, tf.float64).dtype, tf.cast(a, tf.int32).dtype)
print(tf.zeros_like(v).dtype, tf.ones_like(a).dtype)
print(tf.identity(a).dtype, tf.stop_gradient(v).dtype)
print(v.value().dtype, v.read_value().dtype, v._ref().dtype)
print(tf.convert_to_tensor(v).dtype.base_dtype)
try:
    tf.placeholder(tf.float32._as_ref, [1])
    print("ref placeholder ok")
except Exception as e:  # noqa: BLE001
    print("ref placeholder", type(e).__name__)
