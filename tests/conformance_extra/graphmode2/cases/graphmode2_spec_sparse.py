# tf.SparseTensorSpec: repr, properties, from_value, compatibility, equality.
from prelude import tf, np, rnd

s = tf.SparseTensorSpec([None, 3], tf.float32)
print(s, s.shape, s.dtype, s.value_type.__name__)
sp = tf.SparseTensor([[0, 1]], [1.0], [2, 3])
print(tf.SparseTensorSpec.from_value(sp))
print(s.is_compatible_with(sp), s.is_compatible_with(tf.SparseTensorSpec([2, 4], tf.float32)))
print(s.is_compatible_with(tf.SparseTensorSpec([7, 3], tf.int32)))
print(s == tf.SparseTensorSpec([None, 3], tf.float32), s != tf.SparseTensorSpec([None, 3], tf.int64))
print(hash(s) == hash(tf.SparseTensorSpec([None, 3])))
print(tf.SparseTensorSpec([5, 3]).most_specific_compatible_type(tf.SparseTensorSpec([4, 3])))
print(repr(tf.SparseTensorSpec()), isinstance(s, tf.TypeSpec))
print(tf.SparseTensorSpec(dtype=tf.string))
try:
    tf.SparseTensorSpec([5, 3]).most_specific_compatible_type(tf.SparseTensorSpec([5, 3], tf.int32))
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
try:
    tf.SparseTensorSpec([2], "notatype")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
