# tf.data.experimental.choose_from_datasets: order, exhausted inputs, nested elements, errors.
from prelude import tf, np, rnd

def drain(ds):
    n = tf.data.make_one_shot_iterator(ds).get_next()
    out = []
    with tf.Session() as sess:
        while True:
            try:
                out.append(sess.run(n))
            except tf.errors.OutOfRangeError:
                return out
dss = [tf.data.Dataset.from_tensors(np.int64(i)).repeat() for i in range(3)]
choice = tf.data.Dataset.from_tensor_slices(tf.constant([0, 1, 2, 2, 0, 1], tf.int64))
c = tf.data.experimental.choose_from_datasets(dss, choice)
print(c.output_types.name, c.output_shapes)
print([int(v) for v in drain(c)])
short = [tf.data.Dataset.range(2), tf.data.Dataset.range(10, 13)]
sel = tf.data.Dataset.from_tensor_slices(tf.constant([1, 0, 1, 1, 0, 1, 0], tf.int64))
print([int(v) for v in drain(tf.data.experimental.choose_from_datasets(short, sel))])
nested = [tf.data.Dataset.from_tensors((np.int64(i), "s%d" % i)).repeat(2) for i in range(2)]
cn = tf.data.experimental.choose_from_datasets(nested, tf.data.Dataset.range(2).repeat(2))
print(cn.output_types, [(int(a), b) for a, b in drain(cn)])
try:
    tf.data.experimental.choose_from_datasets(dss, tf.data.Dataset.from_tensors(1.0))
except Exception as e:
    print(type(e).__name__)
try:
    tf.data.experimental.choose_from_datasets([tf.data.Dataset.range(2), tf.data.Dataset.from_tensors(1.0)], choice)
except Exception as e:
    print(type(e).__name__)
