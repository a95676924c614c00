# tf.matmul / batch matmul: allowed dtypes and mixed-dtype operands.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.op.type, r.dtype.name, r.shape.as_list())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


for dt in [tf.bool, tf.int8, tf.uint8, tf.int16, tf.int32, tf.int64, tf.float16, tf.float64,
           tf.complex64, tf.string]:
    a = tf.zeros([2, 2], dt) if dt != tf.string else tf.constant([["a", "b"], ["c", "d"]])
    B("matmul " + dt.name, lambda: tf.matmul(a, a))
    a3 = tf.zeros([1, 2, 2], dt) if dt != tf.string else tf.constant([[["a", "b"], ["c", "d"]]])
    B("batch " + dt.name, lambda: tf.matmul(a3, a3))
f = tf.zeros([2, 2])
i = tf.zeros([2, 2], tf.int32)
B("f32 x i32", lambda: tf.matmul(f, i))
B("i32 x f32", lambda: tf.matmul(i, f))
B("f32 x f64", lambda: tf.matmul(f, tf.zeros([2, 2], tf.float64)))
B("f32 x list", lambda: tf.matmul(f, [[1, 2], [3, 4]]))
B("f32 x int ndarray", lambda: tf.matmul(f, np.ones([2, 2], np.int32)))
B("f32 x f64 ndarray", lambda: tf.matmul(f, np.ones([2, 2], np.float64)))
B("i32 x float list", lambda: tf.matmul(i, [[1.5, 2], [3, 4]]))
B("f32 @ i32", lambda: f @ i)
B("a_is_sparse i32", lambda: tf.matmul(i, i, a_is_sparse=True))
