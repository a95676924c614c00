# tf.bitcast between types of equal and different widths: shapes, values, errors.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        with tf.Session() as sess:
            v = sess.run(t)
            print(label, t.dtype.name, t.shape.as_list(), rnd(v, 6))
    except Exception as e:
        print(label, type(e).__name__)


attempt("f32->i32", lambda: tf.bitcast(tf.constant([1.0, -2.0, 0.0]), tf.int32))
attempt("i32->f32", lambda: tf.bitcast(tf.constant([1065353216, 0]), tf.float32))
attempt("i32->u8", lambda: tf.bitcast(tf.constant([1, 256]), tf.uint8))
attempt("u8->f32", lambda: tf.bitcast(tf.constant([[0, 0, 128, 63], [0, 0, 0, 64]], tf.uint8), tf.float32))
attempt("f64->i32", lambda: tf.bitcast(tf.constant([1.0], tf.float64), tf.int32))
attempt("i16->f16", lambda: tf.bitcast(tf.constant([15360, -16384], tf.int16), tf.float16))
attempt("u8->i8", lambda: tf.bitcast(tf.constant([255, 128, 1], tf.uint8), tf.int8))
attempt("u32->i32", lambda: tf.bitcast(tf.constant([4294967295], tf.uint32), tf.int32))
attempt("i64->f64", lambda: tf.bitcast(tf.constant([4607182418800017408], tf.int64), tf.float64))
attempt("u8 bad width", lambda: tf.bitcast(tf.constant([1, 2, 3], tf.uint8), tf.int32))
attempt("scalar widen", lambda: tf.bitcast(tf.constant(1, tf.uint8), tf.int16))
attempt("scalar narrow", lambda: tf.bitcast(tf.constant(1.0), tf.uint16))
attempt("bool", lambda: tf.bitcast(tf.constant([True]), tf.uint8))
attempt("c64->f32", lambda: tf.bitcast(tf.constant([1 + 2j], tf.complex64), tf.float32))
attempt("c64->i64", lambda: tf.bitcast(tf.constant([1 + 2j], tf.complex64), tf.int64))
