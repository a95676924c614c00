# batch with drop_remainder: static shapes of nested elements and values.
from prelude import tf, np, rnd

ds = tf.data.Dataset.from_tensor_slices(({"a": np.arange(14).reshape(7, 2)}, np.arange(7, dtype=np.float32)))
b1 = ds.batch(3)
b2 = ds.batch(3, drop_remainder=True)
print(b1.output_shapes)
print(b2.output_shapes)
bb = b2.batch(2)
print(bb.output_shapes)
n1 = tf.data.make_one_shot_iterator(b1).get_next()
n2 = tf.data.make_one_shot_iterator(b2).get_next()
def drain(sess, t):
    out = []
    while True:
        try:
            d, l = sess.run(t)
            out.append((d["a"].shape, rnd(l)))
        except tf.errors.OutOfRangeError:
            return out
with tf.Session() as sess:
    print(drain(sess, n1))
    print(drain(sess, n2))
ph = tf.placeholder(tf.int64, [])
db = tf.data.Dataset.range(10).batch(ph)
print(db.output_shapes)
dbd = tf.data.Dataset.range(10).batch(ph, drop_remainder=True)
print(dbd.output_shapes)
it = tf.data.make_initializable_iterator(dbd)
n = it.get_next()
print(n.shape)
with tf.Session() as sess:
    sess.run(it.initializer, {ph: 4})
    print(sess.run(n).tolist(), sess.run(n).tolist())
    try:
        sess.run(n)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
e = tf.data.Dataset.range(2).batch(5, drop_remainder=True)
en = tf.data.make_one_shot_iterator(e).get_next()
with tf.Session() as sess:
    try:
        sess.run(en)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
try:
    tf.data.Dataset.range(3).map(lambda v: tf.range(v)).batch(2).make_one_shot_iterator().get_next()
    print("built")
except Exception as e:
    print(type(e).__name__)
rag = tf.data.make_one_shot_iterator(tf.data.Dataset.range(1, 4).map(lambda v: tf.range(v)).batch(2)).get_next()
with tf.Session() as sess:
    try:
        sess.run(rag)
    except Exception as e:
        print(type(e).__name__)
