# filter predicates: tuples, non-bool and non-scalar predicates.
from prelude import tf, np, rnd

ds = tf.data.Dataset.from_tensor_slices(([1, 2, 3, 4, 5], [1.0, -2.0, 3.0, -4.0, 5.0]))
f = ds.filter(lambda a, b: tf.logical_and(a > 1, b > 0))
print(f.output_types, f.output_shapes)
n = tf.data.make_one_shot_iterator(f).get_next()
with tf.Session() as sess:
    out = []
    while True:
        try:
            a, b = sess.run(n)
            out.append((int(a), float(b)))
        except tf.errors.OutOfRangeError:
            break
    print(out)
for pred in (lambda a, b: a, lambda a, b: tf.constant([True, False]), lambda a, b: 1, lambda a, b: b > 0.0):
    try:
        r = ds.filter(pred)
        print("ok", r.output_types)
    except Exception as e:
        print(type(e).__name__)
ph = tf.placeholder(tf.bool, [])
d2 = tf.data.Dataset.range(5).filter(lambda v: tf.logical_or(ph, v > 2))
it = tf.data.make_initializable_iterator(d2)
n2 = it.get_next()
with tf.Session() as sess:
    for feed in (True, False):
        sess.run(it.initializer, {ph: feed})
        out = []
        while True:
            try:
                out.append(int(sess.run(n2)))
            except tf.errors.OutOfRangeError:
                break
        print(feed, out)
d3 = tf.data.Dataset.range(6).filter(lambda v: tf.equal(v % 2, 0)).filter(lambda v: v > 0)
n3 = tf.data.make_one_shot_iterator(d3).get_next()
with tf.Session() as sess:
    print(int(sess.run(n3)), int(sess.run(n3)))
