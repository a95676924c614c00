# x.shape[i] / get_shape()[i] give Dimension objects: .value, int(), repr, str.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 3, 5], name="x")
d0, d1 = x.shape[0], x.get_shape()[1]
print(type(d0).__name__, repr(d0), str(d0), d0.value)
print(type(d1).__name__, repr(d1), str(d1), d1.value, int(d1))
print(x.shape[-1].value, x.get_shape()[-1])
print(x.shape.as_list(), x.get_shape().as_list())
print(x.shape[1:], repr(x.shape[1:]), type(x.shape[1:]).__name__)
print(x.shape.dims)
print([type(d).__name__ for d in x.shape])
print([d.value for d in x.shape])
print(len(x.shape), x.shape.ndims, x.shape.rank)
print(x.shape.num_elements(), x.shape[1:].num_elements())
print(x.shape.is_fully_defined(), x.shape[1:].is_fully_defined())
u = tf.placeholder(tf.float32)
print(repr(u.shape), u.shape.ndims, u.shape.dims)
print(repr(u.shape[0]), u.shape[0].value)
print(repr(u.shape[1:3]), repr(u.shape[1:]))
try:
    u.shape.as_list()
except Exception as e:  # noqa: BLE001
    print("as_list", type(e).__name__)
try:
    len(u.shape)
except Exception as e:  # noqa: BLE001
    print("len", type(e).__name__)
try:
    x.shape[5]
except Exception as e:  # noqa: BLE001
    print("index", type(e).__name__)
print(tf.dimension_value(x.shape[1]), tf.dimension_value(x.shape[0]), tf.dimension_value(7))
print(repr(tf.dimension_at_index(x.shape, 2)), repr(tf.dimension_at_index(u.shape, 2)))
