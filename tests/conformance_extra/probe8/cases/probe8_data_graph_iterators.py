# tf.data in graph mode: one-shot/initializable iterators, batch drop_remainder, padded_batch, shuffle seed, OutOfRange text.
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
ds = tf.data.Dataset.range(7).batch(3, drop_remainder=True)
print(ds.output_shapes, ds.output_types)
it = tf.data.make_one_shot_iterator(ds)
nx = it.get_next()
print(nx.name, nx.dtype.name, sh(nx))
for _ in range(3):
    t("os", lambda: nx)
ds2 = tf.data.Dataset.range(5).batch(2)
print(ds2.output_shapes)
p = tf.placeholder(tf.int64, [])
it2 = tf.data.make_initializable_iterator(tf.data.Dataset.range(p).map(lambda v: v * 2))
n2 = it2.get_next()
print(it2.initializer.name, it2.initializer.type, n2.name)
t("uninit", lambda: n2)
sess.run(it2.initializer, {p: 2})
t("a", lambda: n2)
t("b", lambda: n2)
t("c", lambda: n2)
sess.run(it2.initializer, {p: 1})
t("re", lambda: n2)
pb = tf.data.Dataset.from_tensor_slices(tf.ragged.constant([[1], [2, 3], [4, 5, 6]]).to_tensor()).map(lambda r: r[: tf.reduce_sum(tf.cast(r > 0, tf.int32))])
pb = pb.padded_batch(2, padded_shapes=[None], padding_values=tf.constant(-1, tf.int32))
print(pb.output_shapes)
n3 = tf.data.make_one_shot_iterator(pb).get_next()
t("pb1", lambda: n3)
t("pb2", lambda: n3)
pb4 = tf.data.Dataset.from_tensor_slices([[1, 2], [3, 4]]).padded_batch(2, padded_shapes=[4], drop_remainder=True)
print(pb4.output_shapes)
t("pb_fixed", lambda: tf.data.make_one_shot_iterator(pb4).get_next())
t("pb_small", lambda: tf.data.make_one_shot_iterator(tf.data.Dataset.from_tensor_slices([[1, 2], [3, 4]]).padded_batch(2, padded_shapes=[1])).get_next())
sh1 = tf.data.Dataset.range(6).shuffle(6, seed=3, reshuffle_each_iteration=False)
n4 = tf.data.make_one_shot_iterator(sh1.batch(6)).get_next()
t("shuffle_shape", lambda: tf.shape(n4))
t("empty_batch", lambda: tf.data.make_one_shot_iterator(tf.data.Dataset.range(2).batch(3, drop_remainder=True)).get_next())
t("repeat_take", lambda: tf.data.make_one_shot_iterator(tf.data.Dataset.range(2).repeat().take(5).batch(5)).get_next())
t("from_ph_iter", lambda: tf.data.make_one_shot_iterator(tf.data.Dataset.from_tensors(tf.placeholder(tf.float32))))
