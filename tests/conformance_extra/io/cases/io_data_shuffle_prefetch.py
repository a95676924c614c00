# shuffle with seed (sizes/sorted values only), prefetch, repeat counts.
from prelude import tf, np, rnd

ds = tf.data.Dataset.range(10).shuffle(4, seed=3).prefetch(2)
print(ds.output_types.name, ds.output_shapes)
n = ds.make_one_shot_iterator().get_next()
vals = []
with tf.Session() as sess:
    while True:
        try:
            vals.append(int(sess.run(n)))
        except tf.errors.OutOfRangeError:
            break
print(len(vals), sorted(vals))
ds2 = tf.data.Dataset.range(3).shuffle(10, seed=1, reshuffle_each_iteration=True).repeat(3)
n2 = ds2.batch(3).make_one_shot_iterator().get_next()
with tf.Session() as sess:
    for _ in range(3):
        print(sorted(sess.run(n2).tolist()))
