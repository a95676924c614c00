# tf.compat helpers: as_bytes / as_text / as_str_any / dimension_value and type tuples.
from prelude import tf, np

c = tf.compat
print(c.as_bytes("héllo"), c.as_bytes(b"x"), c.as_bytes(bytearray(b"ab")), c.as_text(b"abc"), c.as_str("s"))
print(c.as_str_any(12), c.as_str_any(b"by"), c.as_bytes("ab", encoding="latin-1"))
for f in [lambda: c.as_bytes(3), lambda: c.as_text(None)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
print(c.dimension_value(tf.Dimension(4)), c.dimension_value(tf.Dimension(None)), c.dimension_value(5))
print(c.dimension_at_index(tf.TensorShape([7, None]), 0), c.dimension_at_index(tf.TensorShape([7, None]), 1))
print(isinstance(3, c.integral_types), isinstance(np.int8(3), c.integral_types), isinstance(2.5, c.integral_types))
print(isinstance(np.float32(1), c.real_types), isinstance(1j, c.complex_types), isinstance("s", c.bytes_or_text_types))
print(c.path_to_str("a/b"))
