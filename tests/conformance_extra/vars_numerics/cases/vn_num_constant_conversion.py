# tf.constant / convert_to_tensor dtype inference and conversion errors: overflow, floats to ints, big ints.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        with tf.Session() as sess:
            print(label, t.dtype.name, t.shape.as_list(), rnd(sess.run(t), 4))
    except Exception as e:
        print(label, type(e).__name__)


attempt("float list to int32", lambda: tf.constant([1.5, 2.0], tf.int32))
attempt("integral floats to int32", lambda: tf.constant([1.0, 2.0], tf.int32))
attempt("300 to uint8", lambda: tf.constant(300, tf.uint8))
attempt("-1 to uint32", lambda: tf.constant(-1, tf.uint32))
attempt("128 to int8", lambda: tf.constant([128], tf.int8))
attempt("2**31", lambda: tf.constant(2**31))
attempt("2**31-1", lambda: tf.constant(2**31 - 1))
attempt("mixed big", lambda: tf.constant([1, 2**40]))
attempt("-2**63", lambda: tf.constant(-2**63))
attempt("2**63", lambda: tf.constant(2**63))
attempt("2**63 uint64", lambda: tf.constant(2**63, tf.uint64))
attempt("2**40 to int32", lambda: tf.constant(2**40, tf.int32))
attempt("mixed int float", lambda: tf.convert_to_tensor([1, 2.5]))
attempt("mixed to int32", lambda: tf.convert_to_tensor([1, 2.5], dtype=tf.int32))
attempt("mixed to float64", lambda: tf.convert_to_tensor([1, 2.5], dtype=tf.float64))
attempt("bool int mix", lambda: tf.convert_to_tensor([True, 1]))
attempt("nested mix", lambda: tf.convert_to_tensor([[1, 2], [3.0, 4]]))
attempt("1e40 to float32", lambda: tf.constant(1e40, tf.float32))
attempt("1e40", lambda: tf.constant(1e40))
attempt("np f64 array to float32", lambda: tf.constant(np.array([1.5]), tf.float32))
attempt("np f64 array convert float32", lambda: tf.convert_to_tensor(np.array([1.5]), tf.float32))
attempt("np i64 convert int32", lambda: tf.convert_to_tensor(np.array([1], np.int64), tf.int32))
attempt("int tensor convert float", lambda: tf.convert_to_tensor(tf.constant([1]), tf.float32))
attempt("True to int32", lambda: tf.constant(True, tf.int32))
attempt("1 to bool", lambda: tf.constant(1, tf.bool))
attempt("str to int32", lambda: tf.constant("3", tf.int32))
attempt("complex to float", lambda: tf.constant(1 + 2j, tf.float32))
attempt("float to complex", lambda: tf.constant(1.5, tf.complex64))
attempt("ragged", lambda: tf.constant([[1, 2], [3]]))
attempt("np.float16 scalar", lambda: tf.constant(np.float16(1.5)))
attempt("np uint16 array", lambda: tf.constant(np.array([7], np.uint16)))
