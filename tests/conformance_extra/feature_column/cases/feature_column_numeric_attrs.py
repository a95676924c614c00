# numeric_column: attributes, parse spec, default values and build-time errors.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.numeric_column("price")
print(c.name, c.key, c.shape, c.default_value, c.dtype.name, c.normalizer_fn)
print(c)
print(c.variable_shape, c.parse_example_spec)
c2 = fc.numeric_column("m", shape=[2, 3], default_value=1.5, dtype=tf.float64)
print(c2.shape, c2.default_value, c2.dtype.name, c2.variable_shape)
print(fc.numeric_column("i", shape=2, default_value=3, dtype=tf.int32).default_value)
print(fc.numeric_column("l", shape=(2,), default_value=[1, 2]).default_value)
print(fc.numeric_column("n", shape=(2,), default_value=np.array([1.0, 2.5])).default_value)
print(c == fc.numeric_column("price"), c == c2, hash(c) == hash(fc.numeric_column("price")))
for kw in [dict(shape=0), dict(shape=1.5), dict(dtype=tf.string), dict(shape=(2,), default_value=[1.0]),
           dict(default_value="x"), dict(dtype=tf.int32, default_value=1.5), dict(normalizer_fn=3)]:
    try:
        fc.numeric_column("bad", **kw)
    except Exception as e:  # noqa: BLE001
        print(sorted(kw), type(e).__name__)
try:
    fc.numeric_column(3)
except Exception as e:  # noqa: BLE001
    print("key", type(e).__name__)
