# tf.strings.bytes_split: scalars, vectors, matrices, multi-byte UTF-8, ragged input; types,
# static shapes and names.
from prelude import tf, np, rnd

with tf.Session() as s:
    for v in ("hello", ["hello", "", "ab"], [["ab", "c"], ["", "xyz"]], "\u00e9t\u00e9", ""):
        t = tf.strings.bytes_split(v)
        r = s.run(t)
        print(type(t).__name__, t.dtype.name, t.shape,
              r.to_list() if hasattr(r, "to_list") else r.tolist())
    rt = tf.ragged.constant([["ab", "c"], ["d"]])
    t = tf.strings.bytes_split(rt)
    print(type(t).__name__, t.shape, s.run(t).to_list())
    t = tf.strings.bytes_split(["ab", "c"])
    print(t.values.name, t.row_splits.name, t.row_splits.dtype.name)
    p = tf.placeholder(tf.string, [None])
    t = tf.strings.bytes_split(p)
    print(t.shape, s.run(t, {p: ["xy", "z"]}).to_list())
try:
    tf.strings.bytes_split(tf.placeholder(tf.string))
except Exception as e:  # noqa: BLE001
    print("unknown rank", type(e).__name__)
