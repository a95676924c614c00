# Iterator.from_structure with nested structures, make_initializer across datasets, incompatible ones.
from prelude import tf, np, rnd

a = tf.data.Dataset.from_tensor_slices(({"x": [[1.0, 2.0], [3.0, 4.0]]}, [0, 1]))
b = tf.data.Dataset.from_tensor_slices(({"x": [[5.0, 6.0]]}, [7])).repeat(2)
it = tf.data.Iterator.from_structure(tf.data.get_output_types(a), tf.data.get_output_shapes(a))
print(tf.data.get_output_types(it)[1].name, tf.data.get_output_shapes(it))
x, y = it.get_next()
ia = it.make_initializer(a, name="init_a")
ib = it.make_initializer(b)
print(ia.name, ia.type, ib.name)
with tf.Session() as sess:
    for init in (ia, ib, ia):
        sess.run(init)
        out = []
        while True:
            try:
                xv, yv = sess.run([x["x"], y])
                out.append((rnd(xv), int(yv)))
            except tf.errors.OutOfRangeError:
                break
        print(out)
g = tf.data.Iterator.from_structure(tf.int64)
print(tf.data.get_output_shapes(g))
gn = g.get_next()
print(gn.shape)
gi = g.make_initializer(tf.data.Dataset.range(2).batch(2))
with tf.Session() as sess:
    sess.run(gi)
    print(sess.run(gn).tolist())
for bad in (tf.data.Dataset.range(2), tf.data.Dataset.from_tensor_slices(({"x": [[1, 2]]}, [0])),
            tf.data.Dataset.from_tensor_slices(({"x": [[1.0, 2.0, 3.0]]}, [0]))):
    try:
        it.make_initializer(bad)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
