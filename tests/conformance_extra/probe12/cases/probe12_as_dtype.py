# tf.as_dtype from names, numpy types, enums, and its errors.
from prelude import tf, np, rnd

for v in ["float32", "float", "double", "half", "int", "long", "bool", "string", "complex", "float32_ref",
          np.float32, np.int64, np.bool_, np.dtype("uint16"), np.object_, np.str_, bytes, str, float, int, bool,
          1, 9, 101, tf.float64, "qint8", "resource", "variant",
          "float33", 1000, None, np.dtype("datetime64[s]"), [1], object, 1.5, np.void]:
    try:
        d = tf.as_dtype(v)
        print(repr(v) if not isinstance(v, type) else v.__name__, "->", d.name)
    except Exception as e:
        print(repr(v) if not isinstance(v, type) else v.__name__, "ERR", type(e).__name__, str(e)[:150])
print(tf.dtypes.as_dtype("int32") is tf.int32, tf.DType(1) == tf.float32)
try:
    print(tf.DType(1000))
except Exception as e:
    print(type(e).__name__, str(e)[:150])
