# Reductions on bool/string/int inputs: TypeError at build vs allowed, and result dtypes.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


vals = {"bool": tf.constant([True, False]), "string": tf.constant(["a", "b"]),
        "int8": tf.constant([1, 2], tf.int8), "uint8": tf.constant([1, 2], tf.uint8),
        "int32": tf.constant([1, 2]), "float16": tf.constant([1, 2], tf.float16),
        "complex64": tf.constant([1, 2], tf.complex64)}
for name, fn in [("sum", tf.reduce_sum), ("mean", tf.reduce_mean), ("max", tf.reduce_max),
                 ("min", tf.reduce_min), ("prod", tf.reduce_prod), ("all", tf.reduce_all),
                 ("any", tf.reduce_any), ("logsumexp", tf.reduce_logsumexp),
                 ("std", tf.math.reduce_std), ("euclid", tf.math.reduce_euclidean_norm)]:
    for dt, v in vals.items():
        B(name + " " + dt, lambda: fn(v))
