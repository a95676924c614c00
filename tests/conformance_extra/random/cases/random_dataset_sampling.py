# tf.data.experimental.RandomDataset and sample_from_datasets / choose_from_datasets with seeds.
from prelude import tf, np, rnd

tf.set_random_seed(17)
r = tf.data.experimental.RandomDataset().take(5)
s = tf.data.experimental.sample_from_datasets(
    [tf.data.Dataset.range(0, 6), tf.data.Dataset.range(10, 16)], seed=4)
w = tf.data.experimental.sample_from_datasets(
    [tf.data.Dataset.from_tensors(1).repeat(), tf.data.Dataset.from_tensors(2).repeat()],
    weights=[0.25, 0.75]).take(16)
for d in (r, s, w):
    n = tf.data.make_one_shot_iterator(d).get_next()
    out = []
    with tf.Session() as sess:
        try:
            while True:
                out.append(int(sess.run(n)))
        except tf.errors.OutOfRangeError:
            pass
    print(d.element_spec if hasattr(d, "element_spec") else None, out)
