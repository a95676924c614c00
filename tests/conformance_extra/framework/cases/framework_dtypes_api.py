# tf.DType API: as_dtype, names, properties, limits, compatibility.
from prelude import tf, np

names = ["float16", "bfloat16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8",
         "uint16", "uint32", "uint64", "bool", "string", "complex64", "complex128", "qint8", "resource", "variant"]
for n in names:
    d = tf.as_dtype(n)
    print(n, d.name, repr(d), d.is_floating, d.is_integer, d.is_complex, d.is_quantized, d.is_unsigned,
          d.is_bool, d.size if n not in ("string", "resource", "variant") else "-", d.as_datatype_enum)
for n in ["int8", "uint8", "int32", "int64", "uint16", "float64", "float32"]:
    d = tf.as_dtype(n)
    print(n, d.min, d.max, d.limits)
print(tf.as_dtype(np.float32).name, tf.as_dtype(np.dtype("int64")).name, tf.as_dtype(1).name, tf.as_dtype(tf.float32).name)
print(tf.as_dtype(np.bool_).name, tf.as_dtype(bool).name, tf.as_dtype(float).name)
print(tf.as_dtype("float").name, tf.as_dtype("double").name, tf.as_dtype("half").name)
for bad in ["floaty", None, 1000, object, int, str]:
    try:
        tf.as_dtype(bad)
    except Exception as e:
        print(type(e).__name__)
r = tf.float32._as_ref if hasattr(tf.float32, "_as_ref") else tf.as_dtype("float32_ref")
print(r.name, r.base_dtype.name, r.is_floating, r == tf.float32, r.real_dtype.name)
print(tf.complex64.real_dtype.name, tf.complex128.real_dtype.name, tf.int32.real_dtype.name)
print(tf.float32.is_compatible_with(tf.float32), tf.float32.is_compatible_with(r), r.is_compatible_with(tf.float32))
print(tf.float32.is_compatible_with(tf.float64), tf.float32 == "float32", tf.float32 == np.float32, tf.float32 != tf.int32)
print(tf.float32.as_numpy_dtype, tf.int64.as_numpy_dtype, tf.string.as_numpy_dtype, tf.bool.as_numpy_dtype)
print(tf.float32 in (tf.float32, tf.float64), {tf.float32: 1}[tf.as_dtype("float32")])
print(tf.dtypes.as_dtype("int32").name, tf.dtypes.float32.name, tf.int32.base_dtype is tf.int32)
print(tf.as_dtype(tf.float32.as_datatype_enum).name, tf.float32.as_datatype_enum, tf.int32.as_datatype_enum)
print(tf.qint8.as_numpy_dtype, tf.float32.is_numpy_compatible if hasattr(tf.float32, "is_numpy_compatible") else "")
print(tf.int32.is_integer, tf.float32.is_integer, tf.bool.is_integer)
