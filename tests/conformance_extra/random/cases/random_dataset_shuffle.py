# Dataset.shuffle with op and graph seeds: buffer sizes, reshuffling across repeat epochs, batching.
from prelude import tf, np, rnd

tf.set_random_seed(21)
cases = [tf.data.Dataset.range(12).shuffle(12),
         tf.data.Dataset.range(12).shuffle(5, seed=3),
         tf.data.Dataset.range(7).shuffle(7, seed=8).repeat(3),
         tf.data.Dataset.range(7).shuffle(3, seed=8, reshuffle_each_iteration=False).repeat(2),
         tf.data.Dataset.range(20).shuffle(20, seed=1).batch(6)]
nexts = [tf.data.make_one_shot_iterator(d).get_next() for d in cases]
with tf.Session() as sess:
    for i, n in enumerate(nexts):
        out = []
        try:
            while True:
                out.append(sess.run(n).tolist())
        except tf.errors.OutOfRangeError:
            pass
        print(i, out)
