# from_generator: output_types/shapes, dict outputs, shape/type mismatches at run time, args.
from prelude import tf, np, rnd

def gen():
    for i in range(3):
        yield {"a": np.arange(i + 1, dtype=np.int64), "b": float(i)}
ds = tf.data.Dataset.from_generator(gen, {"a": tf.int64, "b": tf.float32}, {"a": [None], "b": []})
print(sorted((k, v.name) for k, v in ds.output_types.items()), sorted((k, str(v)) for k, v in ds.output_shapes.items()))
n = tf.data.make_one_shot_iterator(ds.padded_batch(2, {"a": [None], "b": []})).get_next()
with tf.Session() as sess:
    r = sess.run(n)
    print(r["a"].tolist(), rnd(r["b"]))
    r = sess.run(n)
    print(r["a"].tolist(), rnd(r["b"]))
u = tf.data.Dataset.from_generator(lambda: iter([[1, 2], [3]]), tf.int32)
print(u.output_shapes)
nu = tf.data.make_one_shot_iterator(u).get_next()
with tf.Session() as sess:
    print(sess.run(nu).tolist(), sess.run(nu).tolist())
bad = tf.data.Dataset.from_generator(lambda: iter([[1, 2], [3]]), tf.int32, tf.TensorShape([2]))
nb = tf.data.make_one_shot_iterator(bad).get_next()
print(nb.shape)
with tf.Session() as sess:
    print(sess.run(nb).tolist())
    try:
        sess.run(nb)
    except Exception as e:
        print(type(e).__name__)
bt = tf.data.Dataset.from_generator(lambda: iter(["x"]), tf.int32)
nbt = tf.data.make_one_shot_iterator(bt).get_next()
with tf.Session() as sess:
    try:
        sess.run(nbt)
    except Exception as e:
        print(type(e).__name__)
def gargs(n, m):
    for i in range(n):
        yield i * m
ga = tf.data.Dataset.from_generator(gargs, tf.int64, tf.TensorShape([]), args=(3, 10))
print(ga.output_types.name)
ng = tf.data.make_one_shot_iterator(ga).get_next()
with tf.Session() as sess:
    print([int(sess.run(ng)) for _ in range(3)])
tup = tf.data.Dataset.from_generator(lambda: iter([(1, b"a"), (2, b"b")]), (tf.int64, tf.string), ((), ()))
nt = tf.data.make_one_shot_iterator(tup.repeat(2)).get_next()
with tf.Session() as sess:
    print([(int(x), y) for x, y in (sess.run(nt) for _ in range(4))])
