# unique, take_while and ignore_errors (method and experimental forms).
from prelude import tf, np, rnd

def drain(sess, t):
    out = []
    while True:
        try:
            v = sess.run(t)
            out.append(v.tolist() if hasattr(v, "tolist") else v)
        except tf.errors.OutOfRangeError:
            return out
u = tf.data.Dataset.from_tensor_slices([4, 1, 4, 2, 1, 7]).unique()
u2 = tf.data.Dataset.from_tensor_slices(["b", "a", "b", "c"]).apply(tf.data.experimental.unique())
tw = tf.data.Dataset.range(10).take_while(lambda x: x * x < 20)
tw2 = tf.data.Dataset.range(10).apply(tf.data.experimental.take_while(lambda x: x < 2))
ie = tf.data.Dataset.range(6).map(
    lambda x: tf.debugging.check_numerics(6.0 / tf.cast(x - 3, tf.float32), "div")).ignore_errors()
ie2 = tf.data.Dataset.from_tensor_slices(["1.5", "oops", "-2"]).map(tf.string_to_number).apply(
    tf.data.experimental.ignore_errors())
for d in (u, tw, ie):
    print(d._variant_tensor.op.type, tf.data.get_output_types(d), tf.data.get_output_shapes(d))
its = [tf.data.make_one_shot_iterator(d).get_next() for d in (u, u2, tw, tw2, ie, ie2)]
with tf.Session() as sess:
    for t in its:
        print(drain(sess, t))
try:
    tf.data.Dataset.from_tensor_slices([1.0]).unique()
except TypeError as e:
    print("TypeError", e)
