# round half to even, rint, cast float->int overflow/NaN, saturate_cast, uint conversions.
from prelude import tf, np, rnd

sess = tf.Session()


def sh(x):
    return x.shape.as_list() if x.shape.ndims is not None else None


def _msg(e):
    """The kernel's own message: the line after "Node: ..." in a graph execution error."""
    lines = str(e).splitlines() or [""]
    for i, line in enumerate(lines[:-1]):
        if line.startswith("Node: "):
            return lines[i + 1][:200]
    return lines[0][:200]


def t(label, f, feed=None):
    """Build with f(); print static info, then run and print the value or the error."""
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "build!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])
        return
    rs = r if isinstance(r, (list, tuple)) else [r]
    for x in rs:
        if hasattr(x, "dtype") and hasattr(x, "op"):
            print(label, x.op.type, x.dtype.name, sh(x))
    try:
        v = sess.run(r, feed)
        print(label, "=", rnd(v))
    except Exception as e:  # noqa: BLE001
        print(label, "run!!", type(e).__name__, _msg(e))
f = tf.constant([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999997])
t("round", lambda: tf.round(f))
t("rint", lambda: tf.rint(f))
t("round_int", lambda: tf.round(tf.constant([3])))
t("round_f64", lambda: tf.round(tf.constant([2.5, 3.5], tf.float64)))
t("cast_nan_i32", lambda: tf.cast(tf.constant([np.nan]), tf.int32))
t("cast_big_i32", lambda: tf.cast(tf.constant([3e9, -3e9]), tf.int32))
t("cast_inf_i64", lambda: tf.cast(tf.constant([np.inf, -np.inf]), tf.int64))
t("cast_neg_u8", lambda: tf.cast(tf.constant([-1.0, 256.0, 255.9]), tf.uint8))
t("cast_f_bool", lambda: tf.cast(tf.constant([np.nan, 0.0, -0.0]), tf.bool))
t("sat_f_i32", lambda: tf.saturate_cast(tf.constant([3e9, -3e9, np.nan]), tf.int32))
t("sat_i64_u8", lambda: tf.saturate_cast(tf.constant([-5, 500], tf.int64), tf.uint8))
t("sat_f64_f16", lambda: tf.saturate_cast(tf.constant([1e6, -1e6], tf.float64), tf.float16))
t("sat_c_f", lambda: tf.saturate_cast(tf.constant([1e40 + 1j]), tf.float32))
t("sat_u8_i8", lambda: tf.saturate_cast(tf.constant([255], tf.uint8), tf.int8))
t("cast_str_bad", lambda: tf.cast(tf.constant(["1"]), tf.int32))
t("cast_f64_f32_ovf", lambda: tf.cast(tf.constant([1e300], tf.float64), tf.float32))
t("cast_u32", lambda: tf.cast(tf.constant([-1]), tf.uint32))
t("cast_u64_f", lambda: tf.cast(tf.constant([2**64 - 1], tf.uint64), tf.float32))
t("cast_name", lambda: tf.cast(tf.constant([1]), tf.float32, name="c1"))
t("floor_ceil", lambda: [tf.floor(f), tf.ceil(f)])
