# tf.random.fold_in / split: exact new seeds for int32 / int64 seeds; names, shapes, dtypes.
from prelude import tf, np, rnd

with tf.Session() as sess:
    for seed in ([1, 2], [-7, 123456789], [0, 0]):
        for dt in (tf.int32, tf.int64):
            s = tf.constant(seed, dt)
            f = tf.random.fold_in(s, 3)
            f64 = tf.random.fold_in(s, tf.constant(5, tf.int64))
            sp = tf.random.split(s, 3)
            sp2 = tf.random.experimental.stateless_split(s)
            print(seed, dt.name, sess.run([f, f64, sp, sp2]))
    f = tf.random.fold_in([1, 2], 7)
    sp = tf.random.split([1, 2], num=4)
    print(f.name, f.dtype.name, f.shape, sp.name, sp.dtype.name, sp.shape, sp.op.type)
    n = tf.random.stateless_normal([3], seed=tf.random.split([1, 2], 3)[0])
    print(rnd(sess.run(n)))
    print(sess.run(tf.random.experimental.stateless_fold_in(tf.constant([3, 4], tf.int64), 9)))
try:
    tf.random.split([1, 2, 3])
except Exception as e:  # noqa: BLE001
    print("bad seed", type(e).__name__)
