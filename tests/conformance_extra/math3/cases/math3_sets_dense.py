# tf.sets intersection/union/difference/size on dense inputs: ints and strings, aminusb, batched, shapes.
from prelude import tf, np, rnd

a = tf.constant([[1, 2, 3, 3], [4, 5, 6, 7]])
b = tf.constant([[3, 1, 9], [7, 7, 8]])
s = tf.constant([["a", "b", "c"], ["d", "e", ""]])
t = tf.constant([["b", "x"], ["", "d"]])
ops = [("inter", tf.sets.intersection(a, b)), ("union", tf.sets.union(a, b)), ("diff", tf.sets.difference(a, b)),
       ("diff b-a", tf.sets.difference(a, b, aminusb=False)), ("str inter", tf.sets.set_intersection(s, t)),
       ("str union", tf.sets.set_union(s, t)), ("str diff", tf.sets.set_difference(s, t)),
       ("3d", tf.sets.intersection(tf.constant([[[1, 2], [3, 4]]]), tf.constant([[[2, 2], [5, 4]]]))),
       ("int64", tf.sets.union(tf.constant([[5, 1]], tf.int64), tf.constant([[1, 0]], tf.int64)))]
for label, sp in ops:
    print(label, type(sp).__name__, sp.values.dtype.name, sp.indices.shape, sp.dense_shape.shape)
sizes = [tf.sets.size(ops[0][1]), tf.sets.set_size(ops[5][1]), tf.sets.size(ops[7][1])]
for z in sizes:
    print("size", z.dtype.name, z.shape)
for label, fn in [("size dense", lambda: tf.sets.size(a)),
                  ("dtype mismatch", lambda: tf.sets.intersection(a, tf.constant([[1.0]]))),
                  ("float", lambda: tf.sets.union(tf.constant([[1.0]]), tf.constant([[2.0]]))),
                  ("rank1", lambda: tf.sets.intersection(tf.constant([1, 2]), tf.constant([2])))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for label, sp in ops:
        v = sess.run(sp)
        print(label, v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
    print(rnd(sess.run(sizes)))
    try:
        sess.run(tf.sets.intersection(tf.constant([[1, 2]]), tf.constant([[1], [2]])))
        print("no error")
    except Exception as e:
        print(type(e).__name__)
