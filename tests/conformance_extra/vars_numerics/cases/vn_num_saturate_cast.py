# tf.dtypes.saturate_cast at the edges of the target range, NaN and inf inputs excluded for ints.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        with tf.Session() as sess:
            print(label, t.dtype.name, rnd(sess.run(t), 3))
    except Exception as e:
        print(label, type(e).__name__)


f = tf.constant([-1.0, 0.4, 254.6, 255.0, 300.0, 1e10])
attempt("f32->u8", lambda: tf.dtypes.saturate_cast(f, tf.uint8))
attempt("f32->i8", lambda: tf.saturate_cast(tf.constant([-200.0, -128.0, 127.9, 500.0]), tf.int8))
attempt("i32->i8", lambda: tf.saturate_cast(tf.constant([-129, -128, 127, 128, 100000]), tf.int8))
attempt("i32->u8", lambda: tf.saturate_cast(tf.constant([-5, 0, 255, 256]), tf.uint8))
attempt("i64->i32", lambda: tf.saturate_cast(tf.constant([2**40, -2**40, 5], tf.int64), tf.int32))
attempt("i64->u32", lambda: tf.saturate_cast(tf.constant([-1, 2**33, 7], tf.int64), tf.uint32))
attempt("u8->i8", lambda: tf.saturate_cast(tf.constant([0, 127, 128, 255], tf.uint8), tf.int8))
attempt("i8->u8", lambda: tf.saturate_cast(tf.constant([-128, -1, 0, 127], tf.int8), tf.uint8))
attempt("f64->f16", lambda: tf.saturate_cast(tf.constant([1e6, -1e6, 1.5], tf.float64), tf.float16))
attempt("f64->f32", lambda: tf.saturate_cast(tf.constant([1e300, -1e300, 0.5], tf.float64), tf.float32))
attempt("f32->i32", lambda: tf.saturate_cast(tf.constant([3e9, -3e9, 2.7]), tf.int32))
attempt("f32->f64", lambda: tf.saturate_cast(tf.constant([1.5]), tf.float64))
attempt("i32->f16", lambda: tf.saturate_cast(tf.constant([100000, -100000, 3]), tf.float16))
attempt("c64->f32", lambda: tf.saturate_cast(tf.constant([1 + 2j, 3e39 + 0j], tf.complex64), tf.float32))
attempt("f32->c64", lambda: tf.saturate_cast(tf.constant([1.5]), tf.complex64))
attempt("bool->i32", lambda: tf.saturate_cast(tf.constant([True, False]), tf.int32))
attempt("u16->u8", lambda: tf.saturate_cast(tf.constant([300, 2], tf.uint16), tf.uint8))
print(tf.saturate_cast(tf.constant([1.0]), tf.int32, name="sat").name.split(":")[0].split("/")[0])
