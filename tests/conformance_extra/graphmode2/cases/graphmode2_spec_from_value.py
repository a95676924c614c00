# tf.type_spec_from_value for tensors, composites, NumPy and Python values.
from prelude import tf, np, rnd

print(tf.type_spec_from_value(tf.constant([1, 2])))
print(tf.type_spec_from_value(tf.placeholder(tf.float32, [None, 3], name="p")))
print(tf.type_spec_from_value(np.array([1.0, 2.0])))
print(tf.type_spec_from_value(3), tf.type_spec_from_value(2.5), tf.type_spec_from_value("a"))
print(tf.type_spec_from_value([tf.constant(1.0)]))
print(tf.type_spec_from_value(tf.SparseTensor([[0, 1]], [1.0], [2, 3])))
print(tf.type_spec_from_value(tf.IndexedSlices(tf.constant([[1.0]]), tf.constant([0]), tf.constant([3, 1]))))
print(tf.type_spec_from_value(tf.TensorArray(tf.float32, size=3)))
print(tf.type_spec_from_value(tf.TensorArray(tf.int32, size=0, dynamic_size=True, element_shape=[2])))
print(tf.type_spec_from_value(None))
print(tf.type_spec_from_value(tf.data.experimental.Optional.from_value(tf.constant(1))))
try:
    tf.type_spec_from_value(object())
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
