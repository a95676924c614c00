# unicode ops (decode/encode/transcode/script/split), reduce_join axes/separator.
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
s = tf.constant(["héllo", "añb", ""])
t("decode", lambda: tf.strings.unicode_decode(s, "UTF-8").flat_values)
t("decode_offsets", lambda: [x.flat_values for x in tf.strings.unicode_decode_with_offsets(s, "UTF-8")])
t("encode", lambda: tf.strings.unicode_encode(tf.ragged.constant([[104, 233], [97]]), "UTF-8"))
t("encode_bad_cp", lambda: tf.strings.unicode_encode([0x110000, 65], "UTF-8"))
t("encode_strict", lambda: tf.strings.unicode_encode([0x110000, 65], "UTF-8", errors="strict"))
t("transcode", lambda: tf.strings.unicode_transcode(s, "UTF-8", "UTF-16-BE"))
t("bad_decode_replace", lambda: tf.strings.unicode_decode([b"a\xffb"], "UTF-8").flat_values)
t("bad_decode_strict", lambda: tf.strings.unicode_decode([b"a\xffb"], "UTF-8", errors="strict").flat_values)
t("bad_decode_ignore", lambda: tf.strings.unicode_decode([b"a\xffb"], "UTF-8", errors="ignore").flat_values)
t("length_char", lambda: tf.strings.length(s, unit="UTF8_CHAR"))
t("length_bad_unit", lambda: tf.strings.length(s, unit="CHAR"))
t("upper", lambda: tf.strings.upper(s))
m = tf.constant([["a", "b", "c"], ["d", "e", "f"]])
t("rj_all", lambda: tf.reduce_join(m))
t("rj_ax0", lambda: tf.reduce_join(m, 0))
t("rj_ax1_sep", lambda: tf.reduce_join(m, 1, separator="-"))
t("rj_neg", lambda: tf.reduce_join(m, -1, keep_dims=True))
t("rj_keepdims", lambda: tf.strings.reduce_join(m, axis=0, keepdims=True))
t("rj_oob", lambda: tf.reduce_join(m, 2))
t("rj_multi", lambda: tf.reduce_join(m, [0, 1], separator="."))
t("rj_empty", lambda: tf.reduce_join(tf.zeros([0], tf.string)))
t("join", lambda: tf.strings.join([m, "x"], separator="_"))
t("join_bad", lambda: tf.strings.join([m, tf.constant(["1", "2", "3", "4"])]))
t("format", lambda: tf.strings.format("v={} w={}", (tf.constant([1, 2]), tf.constant(3.5))))
