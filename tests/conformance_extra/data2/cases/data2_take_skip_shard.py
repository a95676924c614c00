# repeat/take/skip/shard/cache/prefetch combinations and negative counts.
from prelude import tf, np, rnd

def drain(ds):
    n = tf.data.make_one_shot_iterator(ds).get_next()
    out = []
    with tf.Session() as sess:
        while True:
            try:
                out.append(sess.run(n).tolist())
            except tf.errors.OutOfRangeError:
                return out
r = tf.data.Dataset.range(7)
print(drain(r.take(-1)), drain(r.take(0)), drain(r.take(20)))
print(drain(r.skip(-1)), drain(r.skip(5)), drain(r.skip(0)))
print(drain(r.shard(3, 0)), drain(r.shard(3, 2)), drain(r.shard(1, 0)))
print(drain(r.take(3).repeat(2).skip(1)))
print(drain(r.take(2).repeat(0)))
print(drain(r.repeat(-1).take(9)))
print(drain(r.cache().take(3).repeat(2)))
print(drain(r.prefetch(1).batch(4)))
print(drain(r.prefetch(tf.data.experimental.AUTOTUNE).take(2)))
for args in ((0, 0), (2, 2), (2, -1)):
    try:
        print(drain(r.shard(*args)))
    except Exception as e:
        print(type(e).__name__)
ph = tf.placeholder(tf.int64, [])
it = tf.data.make_initializable_iterator(r.skip(ph).take(ph))
n = it.get_next()
with tf.Session() as sess:
    for k in (1, 3):
        sess.run(it.initializer, {ph: k})
        out = []
        while True:
            try:
                out.append(int(sess.run(n)))
            except tf.errors.OutOfRangeError:
                break
        print(k, out)
