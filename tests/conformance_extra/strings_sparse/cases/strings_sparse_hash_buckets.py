# tf.strings.to_hash_bucket_fast / strong / legacy to_hash_bucket: values, dtypes, shapes, bad bucket counts.
from prelude import tf, np, rnd

s = tf.constant(["", "a", "hello", "The quick brown fox jumps over the lazy dog", "x" * 100])
fast = tf.strings.to_hash_bucket_fast(s, 1000)
strong = tf.strings.to_hash_bucket_strong(s, 1000, [1, 2])
legacy = tf.string_to_hash_bucket(s, 1000)
m = tf.string_to_hash_bucket_fast(tf.constant([["a", "b"], ["c", "d"]]), 7)
print(fast.op.type, fast.dtype.name, fast.shape.as_list(), strong.op.type, legacy.op.type, m.shape.as_list())
with tf.Session() as sess:
    print(sess.run(fast).tolist())
    print(sess.run(strong).tolist())
    print(sess.run(legacy).tolist())
    print(sess.run(m).tolist())
    print(sess.run(tf.strings.to_hash_bucket_fast(s, 2 ** 40)).tolist())
for bad in [lambda: tf.strings.to_hash_bucket_fast(s, 0), lambda: tf.strings.to_hash_bucket_strong(s, 10, [1])]:
    try:
        bad()
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
