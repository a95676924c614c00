# cardinality / Dataset.cardinality / constants / assert_cardinality.
from prelude import tf, np, rnd

ds = tf.data.Dataset.range(10)
cases = [ds, ds.repeat(), ds.repeat(2), ds.filter(lambda x: x > 3), ds.batch(3),
         ds.batch(3, drop_remainder=True), ds.take(4), ds.skip(4), ds.skip(20),
         ds.repeat().take(6), ds.map(lambda x: x + 1), ds.shard(3, 1), ds.window(4, 3),
         ds.window(4, 3, drop_remainder=True), tf.data.Dataset.zip((ds, ds.repeat())),
         ds.concatenate(ds.take(2)), ds.unique(), ds.prefetch(2), ds.cache().shuffle(4),
         ds.apply(tf.data.experimental.map_and_batch(lambda x: x, 4)),
         tf.data.Dataset.from_tensor_slices(np.zeros([7, 2])), tf.data.Dataset.from_tensors(1)]
c = [tf.data.experimental.cardinality(d) for d in cases]
print(c[0].op.type, c[0].dtype, c[0].shape, ds.cardinality().op.type)
print(tf.data.experimental.INFINITE_CARDINALITY, tf.data.experimental.UNKNOWN_CARDINALITY,
      tf.data.INFINITE_CARDINALITY, tf.data.UNKNOWN_CARDINALITY)
ok = ds.filter(lambda x: x < 5).apply(tf.data.experimental.assert_cardinality(5))
few = ds.apply(tf.data.experimental.assert_cardinality(12))
many = ds.apply(tf.data.experimental.assert_cardinality(4))
with tf.Session() as sess:
    print(sess.run(c))
    print(sess.run(tf.data.experimental.cardinality(ok)))
    for d in (ok, few, many):
        t = tf.data.make_one_shot_iterator(d).get_next()
        out = []
        try:
            while True:
                out.append(int(sess.run(t)))
        except tf.errors.OutOfRangeError:
            print("end", out)
        except tf.errors.FailedPreconditionError as e:
            print("FailedPreconditionError", out, e.message.splitlines()[-1] if False else
                  [l for l in e.message.splitlines() if "expected" in l][0])
