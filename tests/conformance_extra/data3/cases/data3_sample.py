# sample_from_datasets: only deterministic properties (the random stream is not TF's).
from prelude import tf, np, rnd

a = tf.data.Dataset.range(6)
b = tf.data.Dataset.range(100, 104)
mixed = tf.data.experimental.sample_from_datasets([a, b], seed=5)
only_a = tf.data.experimental.sample_from_datasets([a, b], weights=[1.0, 0.0], seed=5)
only_b = tf.data.experimental.sample_from_datasets([a, b], weights=[0.0, 2.0])
print(tf.data.get_output_types(mixed), tf.data.get_output_shapes(mixed))
def drain(sess, t):
    out = []
    while True:
        try:
            out.append(int(sess.run(t)))
        except tf.errors.OutOfRangeError:
            return out
its = [tf.data.make_one_shot_iterator(d).get_next() for d in (mixed, only_a, only_b)]
with tf.Session() as sess:
    got = drain(sess, its[0])
    print(sorted(got), [v for v in got if v < 100], [v for v in got if v >= 100])
    print(drain(sess, its[1]))
    print(drain(sess, its[2]))
