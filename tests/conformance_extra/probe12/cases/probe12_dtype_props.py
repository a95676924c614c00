# tf.DType properties: min, max, is_integer, size, as_datatype_enum, real_dtype, repr, equality.
from prelude import tf, np, rnd

for dt in [tf.float16, tf.float32, tf.float64, tf.bfloat16, tf.int8, tf.uint8, tf.int16, tf.uint16, tf.int32,
           tf.uint32, tf.int64, tf.uint64, tf.bool, tf.complex64, tf.complex128, tf.string, tf.as_dtype('float32_ref')]:
    row = [repr(dt), str(dt), dt.name, dt.as_datatype_enum, dt.is_integer, dt.is_floating, dt.is_complex,
           dt.is_unsigned, dt.is_bool, dt.is_quantized, dt.is_numpy_compatible, dt.real_dtype.name, dt.base_dtype.name,
           dt.is_ref_dtype if hasattr(dt, "is_ref_dtype") else None]
    try:
        row.append(dt.size)
    except Exception as e:
        row.append(type(e).__name__)
    for attr in ("min", "max", "limits"):
        try:
            v = getattr(dt, attr)
            row.append(str(v))
        except Exception as e:
            row.append(type(e).__name__)
    print(row)
print(tf.float32 == "float32", tf.float32 == np.float32, tf.float32 == tf.as_dtype('float32_ref'), tf.float32 != tf.float64,
      tf.float32 == None, tf.float32.as_numpy_dtype, tf.string.as_numpy_dtype, tf.as_dtype('float32_ref').as_numpy_dtype)
print(tf.int32.is_compatible_with(tf.as_dtype('int32_ref')), tf.as_dtype('int32_ref').is_compatible_with(tf.int32), hash(tf.float32) == hash(tf.as_dtype("float32")))
print(tf.float32.min, type(tf.float32.max).__name__, tf.int8.limits, tf.uint8.max)
