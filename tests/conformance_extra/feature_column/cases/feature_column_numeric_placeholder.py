# Numeric and bucketized columns on placeholder features with an unknown batch size.
from prelude import tf, np, rnd

fc = tf.feature_column
x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None])
cols = [fc.numeric_column("x", shape=(2,)), fc.bucketized_column(fc.numeric_column("y"), [0.0, 10.0])]
out = fc.input_layer({"x": x, "y": y}, cols)
print(out.shape, out.dtype.name)
with tf.Session() as s:
    print(rnd(s.run(out, {x: [[1, 2]], y: [5.0]}), 5))
    print(rnd(s.run(out, {x: [[1, 2], [3, 4], [5, 6]], y: [-1.0, 10.0, 11.0]}), 5))
    try:
        s.run(out, {x: [[1, 2, 3]], y: [1.0]})
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
