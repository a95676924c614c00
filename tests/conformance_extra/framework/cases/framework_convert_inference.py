# convert_to_tensor dtype inference and errors for Python/NumPy values.
from prelude import tf, np

vals = [
    ("neg", -3), ("i32max", 2 ** 31 - 1), ("i32over", 2 ** 31), ("i32min", -2 ** 31),
    ("below", -2 ** 31 - 1), ("i64max", 2 ** 63 - 1),
    ("list_big", [1, 2 ** 40]), ("list_int_float", [1, 2.0, 3]), ("list_bool", [True]),
    ("nested_mixed", [[1, 2], [3.5, 4]]), ("tuple", (1, 2)), ("np_bool", np.bool_(True)),
    ("np_u8", np.array([1], dtype=np.uint8)), ("np_f16", np.float16(1)),
    ("np_c64", np.complex64(1 + 2j)), ("complex", 1 + 2j), ("np_str", np.array(["a", "bc"])),
    ("list_str", ["a", "b"]), ("np_i32", np.int32(5)), ("np_u64", np.uint64(5)),
    ("np_empty", np.zeros((0, 3))), ("empty_nested", [[], []]), ("float_inf", float("inf")),
]
for label, v in vals:
    try:
        t = tf.convert_to_tensor(v)
        print(label, t.dtype.name, t.shape.as_list())
    except Exception as e:
        print(label, type(e).__name__)
for label, v, dt in [("big_i32", 2 ** 31, tf.int32), ("neg_u8", -1, tf.uint8), ("f_i32", 1.5, tf.int32),
                     ("i_f16", 3, tf.float16), ("b_i32", True, tf.int32), ("s_f32", "1", tf.float32),
                     ("i_bool", 1, tf.bool), ("l_f64", [1, 2], tf.float64), ("f_c64", 1.5, tf.complex64),
                     ("toobig", 2 ** 64, None), ("np_i64_i32", np.int64(3), tf.int32),
                     ("nparr_f64_f32", np.array([1.0]), tf.float32), ("ragged", [[1, 2], [3]], None),
                     ("none", None, None), ("i_u16", 65535, tf.uint16), ("i_u16o", 65536, tf.uint16)]:
    try:
        t = tf.convert_to_tensor(v, dtype=dt)
        print(label, t.dtype.name, t.shape.as_list())
    except Exception as e:
        print(label, type(e).__name__)
