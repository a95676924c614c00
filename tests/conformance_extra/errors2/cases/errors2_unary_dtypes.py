# Unary math/nn ops: which input dtypes build, which raise TypeError at graph-build time.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


vals = {
    "bool": tf.constant([True, False]),
    "string": tf.constant(["a", "b"]),
    "int8": tf.constant([1, 2], tf.int8),
    "uint8": tf.constant([1, 2], tf.uint8),
    "int32": tf.constant([1, 2]),
    "int64": tf.constant([1, 2], tf.int64),
    "float16": tf.constant([1, 2], tf.float16),
    "float64": tf.constant([1, 2], tf.float64),
    "complex64": tf.constant([1, 2], tf.complex64),
}
ops = [("relu", tf.nn.relu), ("relu6", tf.nn.relu6), ("elu", tf.nn.elu), ("sigmoid", tf.sigmoid),
       ("tanh", tf.tanh), ("sqrt", tf.sqrt), ("log", tf.log), ("exp", tf.exp), ("abs", tf.abs),
       ("neg", tf.negative), ("sign", tf.sign), ("square", tf.square), ("rsqrt", tf.rsqrt),
       ("floor", tf.floor), ("round", tf.round), ("reciprocal", tf.math.reciprocal),
       ("softplus", tf.nn.softplus), ("logical_not", tf.logical_not), ("erf", tf.math.erf)]
for name, fn in ops:
    for dt, v in vals.items():
        B(name + " " + dt, lambda: fn(v))
