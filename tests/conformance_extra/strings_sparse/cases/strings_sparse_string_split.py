# tf.string_split: delimiter sets, skip_empty, empty delimiter, names, dtypes and static shapes.
from prelude import tf, np, rnd

s = tf.constant(["a b  c", "", "hello world"])
sp = tf.string_split(s)
sp2 = tf.string_split(s, delimiter=" ", skip_empty=False)
sp3 = tf.string_split(tf.constant(["a,b;c", "x;;y"]), delimiter=",;")
sp4 = tf.string_split(tf.constant(["abc", "de"]), delimiter="")
print(type(sp).__name__, sp.indices.dtype.name, sp.values.dtype.name, sp.dense_shape.dtype.name)
print(sp.indices.shape.as_list(), sp.values.shape.as_list(), sp.dense_shape.shape.as_list())
print(sp.indices.op.type, sp.indices.name, sp.values.name, sp.dense_shape.name)
with tf.Session() as sess:
    for t in [sp, sp2, sp3, sp4]:
        v = sess.run(t)
        print(v.indices.tolist(), [x.decode() for x in v.values], v.dense_shape.tolist())
    try:
        sess.run(tf.string_split(tf.constant([["a"]])))
    except Exception as e:  # noqa: BLE001
        print("rank2", type(e).__name__)
p = tf.placeholder(tf.string, [None])
sp5 = tf.string_split(p, "-")
with tf.Session() as sess:
    v = sess.run(sp5, {p: ["1-2-3", "4"]})
    print(v.indices.tolist(), [x.decode() for x in v.values], v.dense_shape.tolist())
    v = sess.run(sp5, {p: []})
    print(v.indices.shape, v.values.shape, v.dense_shape.tolist())
