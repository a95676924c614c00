# substr units/errors, regex_replace, string_split, as_string formats, string_to_number errors.
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
s = tf.constant(["hello", "héllo", ""])
t("substr", lambda: tf.substr(s, 1, 3))
t("substr_neg", lambda: tf.substr(s[:2], -3, 2))
t("substr_oob", lambda: tf.substr(s, 6, 1))
t("substr_utf8", lambda: tf.strings.substr(s, 1, 3, unit="UTF8_CHAR"))
t("substr_len_big", lambda: tf.substr(s[:1], 2, 100))
t("substr_vec_pos", lambda: tf.substr(s, [0, 1, 0], [1, 2, 0]))
t("substr_bcast_bad", lambda: tf.substr(s, [0, 1], 1))
t("rr", lambda: tf.regex_replace(s, "l+", "L"))
t("rr_first", lambda: tf.regex_replace(s, "l", "L", replace_global=False))
t("rr_group", lambda: tf.strings.regex_replace(["ab12cd"], r"(\d)(\d)", r"\2\1"))
t("rr_bad", lambda: tf.regex_replace(s, "(", "x"))
t("rfm", lambda: tf.strings.regex_full_match(s, "h.*o"))
t("ss", lambda: tf.string_split(["a b  c", "", "d"]))
t("ss_delim", lambda: tf.string_split(["a,b,,c"], ","))
t("ss_skip_empty", lambda: tf.string_split(["a,b,,c"], ",", skip_empty=False))
t("ss_multi_delim", lambda: tf.string_split(["a,b;c"], ",;"))
t("ss_v2", lambda: tf.strings.split(["a b", "c"]).to_sparse())
t("as_str_prec", lambda: tf.as_string(tf.constant([3.14159, -2.0]), precision=2))
t("as_str_sci", lambda: tf.as_string(tf.constant([31415.9]), scientific=True))
t("as_str_short", lambda: tf.as_string(tf.constant([0.0001, 1e10]), shortest=True))
t("as_str_width", lambda: tf.as_string(tf.constant([7, -3]), width=4, fill="0"))
t("as_str_bool", lambda: tf.as_string(tf.constant([True, False])))
t("as_str_bad_fill", lambda: tf.as_string(tf.constant([7]), width=4, fill="ab"))
t("as_str_prec_int", lambda: tf.as_string(tf.constant([7]), precision=2))
t("as_str_complex", lambda: tf.as_string(tf.constant([1 + 2j])))
t("s2n", lambda: tf.string_to_number(["1.5", "-2e3", " 3"]))
t("s2n_int", lambda: tf.string_to_number(["12", "-7"], out_type=tf.int32))
t("s2n_bad", lambda: tf.string_to_number(["abc"]))
t("s2n_int_float", lambda: tf.string_to_number(["1.5"], out_type=tf.int32))
t("s2n_ovf", lambda: tf.string_to_number(["99999999999"], out_type=tf.int32))
t("s2n_inf", lambda: tf.string_to_number(["inf", "nan", "-INF"]))
t("s2n_hex", lambda: tf.string_to_number(["0x10"], out_type=tf.int64))
t("s2n_empty", lambda: tf.string_to_number([""]))
