# Binary ops with mismatched dtypes: tensors, python scalars, ndarrays, operators.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.op.type, r.dtype.name, r.shape.as_list())
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


i = tf.constant([1, 2])
f = tf.constant([1.0, 2.0])
d = tf.constant([1.0, 2.0], tf.float64)
s = tf.constant(["a", "b"])
b = tf.constant([True, False])
B("add i32 f32", lambda: tf.add(i, f))
B("add f32 i32", lambda: tf.add(f, i))
B("add f32 f64", lambda: tf.add(f, d))
B("i32 + 1.5", lambda: i + 1.5)
B("i32 + 2.0", lambda: i + 2.0)
B("f32 + 2", lambda: f + 2)
B("2 + f32", lambda: 2 + f)
B("1.5 + i32", lambda: 1.5 + i)
B("f32 + np f64 arr", lambda: f + np.array([1.0, 2.0]))
B("f32 + np i64 arr", lambda: f + np.array([1, 2]))
B("i32 + np i64 arr", lambda: i + np.array([1, 2]))
B("i32 + np f64 scalar", lambda: i + np.float64(1.0))
B("f32 + np f64 scalar", lambda: f + np.float64(1.0))
B("i32 + big int", lambda: i + 2 ** 40)
B("i32 * True", lambda: i * True)
B("add strings", lambda: tf.add(s, s))
B("s + 'x'", lambda: s + "x")
B("s * s", lambda: s * s)
B("subtract bools", lambda: tf.subtract(b, b))
B("b + b", lambda: b + b)
B("b * b", lambda: b * b)
B("maximum i32 f32", lambda: tf.maximum(i, f))
B("pow i32 f32", lambda: tf.pow(i, f))
B("pow i32 0.5", lambda: tf.pow(i, 0.5))
B("i32 / i32", lambda: i / i)
B("tf.divide i32", lambda: tf.divide(i, i))
B("tf.div i32", lambda: tf.div(i, i))
B("truediv i32 f32", lambda: tf.truediv(i, f))
B("i32 // f32", lambda: i // f)
B("f32 % 2", lambda: f % 2)
B("s < s", lambda: s < s)
B("equal i32 f32", lambda: tf.equal(i, f))
B("equal s 'a'", lambda: tf.equal(s, "a"))
B("equal s 1", lambda: tf.equal(s, 1))
B("squared_diff b", lambda: tf.squared_difference(b, b))
B("atan2 i32", lambda: tf.atan2(i, i))
