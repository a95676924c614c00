# The default strategy hands datasets through and runs a step function in a replica context.
from prelude import tf, np, rnd

s = tf.distribute.get_strategy()
ds = tf.data.Dataset.range(4).batch(2)
dist = s.experimental_distribute_dataset(ds)
print(dist is ds)
it = tf.data.make_one_shot_iterator(dist)
batch = it.get_next()
out = s.run(lambda b: tf.reduce_sum(b) * 10, args=(batch,))
with tf.Session() as sess:
    print(sess.run(out), sess.run(out))
with s.scope():
    v = tf.Variable([1.0, 2.0])
    upd = s.extended.update(v, lambda var, d: var.assign_add(d), args=(tf.constant([1.0, 1.0]),))
with tf.Session() as sess:
    sess.run(v.initializer)
    sess.run(upd)
    print(sess.run(v).tolist())
