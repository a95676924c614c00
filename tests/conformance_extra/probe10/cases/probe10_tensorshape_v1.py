# v1 TensorShape: Dimension objects, '?', merge/concat, unknown rank, as_list errors.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 3, None])
s = x.shape
print(s, repr(s), s.ndims, s[0], repr(s[1]), type(s[1]).__name__, s[1].value, s[0].value)
print(s.as_list(), s[1:], type(s[1:]).__name__, s.is_fully_defined())
print(s.merge_with([2, None, 4]), s.concatenate([5]), tf.TensorShape(None), tf.TensorShape(None).ndims)
print(s[1] * 2, s[1] + s[0], s[0] + 1, s[1] == 3, s[0] == None, s[1] // 2)
print(tf.Dimension(4), tf.Dimension(None), tf.dimension_value(s[1]), tf.dimension_value(s[0]))
try:
    tf.TensorShape(None).as_list()
except ValueError as e:
    print("ValueError", e)
try:
    s.merge_with([1, 2, 3])
except ValueError as e:
    print("ValueError", e)
r = tf.reshape(x, [-1, s[1] * 2])
print(r.shape, tf.zeros([s[1], 2]).shape, tf.ones(tf.TensorShape([2, s[1]])).shape)
y = tf.placeholder(tf.int32)
print(y.shape, y.get_shape().ndims, tf.shape(x).shape, tf.shape(y).shape)
t = tf.constant([[1, 2]])
print(t.shape[0] == t.shape[0], t.shape.dims, [d.value for d in t.shape], list(t.shape))
print(tf.TensorShape([1, None]).most_specific_compatible_shape(tf.TensorShape([2, None])))
print(tf.TensorShape([3, 4]).num_elements(), tf.TensorShape([None, 4]).num_elements())
