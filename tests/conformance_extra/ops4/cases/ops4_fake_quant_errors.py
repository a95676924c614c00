# Bad input for the fake_quant ops: ranges, num_bits, ranks, per-channel sizes, dtypes.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        t = fn()
        with tf.Session() as sess:
            print(label, "ok", rnd(sess.run(t)))
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.constant([0.5, 1.5])
attempt("args_min_ge_max", lambda: tf.quantization.fake_quant_with_min_max_args(x, 1.0, 1.0))
attempt("args_bits_1", lambda: tf.quantization.fake_quant_with_min_max_args(x, num_bits=1))
attempt("args_bits_17", lambda: tf.quantization.fake_quant_with_min_max_args(x, num_bits=17))
attempt("args_int", lambda: tf.quantization.fake_quant_with_min_max_args(tf.constant([1, 2])))
attempt("vars_vector_min", lambda: tf.quantization.fake_quant_with_min_max_vars(x, [0.0, 1.0], 2.0))
attempt("vars_bits", lambda: tf.quantization.fake_quant_with_min_max_vars(x, 0.0, 2.0, num_bits=20))
attempt("pc_wrong_size", lambda: tf.quantization.fake_quant_with_min_max_vars_per_channel(
    tf.zeros([2, 3]), [0.0, 1.0], [1.0, 2.0]))
attempt("pc_scalar_min", lambda: tf.quantization.fake_quant_with_min_max_vars_per_channel(
    tf.zeros([2, 3]), 0.0, 1.0))
p = tf.placeholder(tf.float32, [None])
attempt("pc_fed_wrong", lambda: tf.quantization.fake_quant_with_min_max_vars_per_channel(
    tf.zeros([2, 3]), p, p) + 0 * tf.reduce_sum(p))
with tf.Session() as sess:
    y = tf.quantization.fake_quant_with_min_max_vars_per_channel(tf.zeros([2, 3]), p, p)
    try:
        sess.run(y, {p: [0.0, 1.0]})
    except Exception as e:  # noqa: BLE001
        print("pc_fed_wrong_run", type(e).__name__)
