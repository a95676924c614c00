# Random op argument errors: dtypes, bounds, negative shapes, logits ranks; seeded values where valid.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.op.type, r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("uniform int no maxval", lambda: tf.random_uniform([2], dtype=tf.int32))
B("uniform int", lambda: tf.random_uniform([2], 0, 10, dtype=tf.int32))
B("uniform bool", lambda: tf.random_uniform([2], dtype=tf.bool))
B("uniform string", lambda: tf.random_uniform([2], dtype=tf.string))
B("uniform shape neg", lambda: tf.random_uniform([-1]))
B("uniform shape float", lambda: tf.random_uniform([2.0]))
B("normal int", lambda: tf.random_normal([2], dtype=tf.int32))
B("normal float64", lambda: tf.random_normal([2], dtype=tf.float64))
B("truncated int", lambda: tf.truncated_normal([2], dtype=tf.int32))
B("normal stddev vec", lambda: tf.random_normal([2], stddev=[1.0, 2.0]))
B("multinomial rank1", lambda: tf.multinomial(tf.zeros([3]), 2))
B("multinomial neg", lambda: tf.multinomial(tf.zeros([1, 3]), -1))
B("shuffle scalar", lambda: tf.random_shuffle(tf.constant(1.0)))
B("gamma int", lambda: tf.random_gamma([2], alpha=tf.constant(1, tf.int32)))
B("categorical bad dtype", lambda: tf.random.categorical(tf.zeros([1, 3]), 2, dtype=tf.float32))
mn = tf.placeholder(tf.int32, [])
ui = tf.random_uniform([3], mn, 5, dtype=tf.int32, seed=3)
tf.set_random_seed(1)
u = tf.random_uniform([3], seed=2)
with tf.Session() as sess:
    print(rnd(sess.run(u), 4))
    for mv in [0, 5, 7]:
        try:
            print("uniform int minval", mv, sess.run(ui, {mn: mv}).shape)
        except Exception as e:  # noqa: BLE001
            print("uniform int minval", mv, "run", type(e).__name__)
