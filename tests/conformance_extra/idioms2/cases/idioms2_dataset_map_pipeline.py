# Dataset pipeline with map/filter/shuffle(seed)/batch feeding a model; drop_remainder static shapes.
from prelude import tf, np, rnd

tf.set_random_seed(5)
ds = tf.data.Dataset.range(20)
ds = ds.filter(lambda i: tf.not_equal(i % 5, 0)).map(lambda i: (tf.cast(i, tf.float32) / 10.0, i % 2))
ds = ds.batch(4, drop_remainder=True)
print(ds.output_types, ds.output_shapes)
x, y = ds.make_one_shot_iterator().get_next()
w = tf.Variable(0.0)
pred = x * w
loss = tf.reduce_mean(tf.square(pred - tf.cast(y, tf.float32)))
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    out = []
    while True:
        try:
            xv, yv, _ = sess.run([x, y, train])
            out.append((rnd(xv, 2), yv.tolist()))
        except tf.errors.OutOfRangeError:
            break
    for o in out:
        print(o)
    print(rnd(sess.run(w), 4))
