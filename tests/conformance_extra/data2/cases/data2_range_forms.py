# Dataset.range with start/stop/step, negative step, output_type.
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
print(drain(tf.data.Dataset.range(4)))
print(drain(tf.data.Dataset.range(2, 5)))
print(drain(tf.data.Dataset.range(1, 10, 3)))
print(drain(tf.data.Dataset.range(5, 1, -2)))
print(drain(tf.data.Dataset.range(5, 1)))
print(drain(tf.data.Dataset.range(-3)))
r = tf.data.Dataset.range(3, output_type=tf.int32)
print(r.output_types.name)
print(drain(r))
rf = tf.data.Dataset.range(0, 2, output_type=tf.float32)
print(rf.output_types.name, drain(rf))
try:
    drain(tf.data.Dataset.range(0, 5, 0))
except Exception as e:
    print(type(e).__name__)
