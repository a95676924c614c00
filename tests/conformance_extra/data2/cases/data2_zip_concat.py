# zip of nested structures, concatenate compatible/incompatible structures.
from prelude import tf, np, rnd

a = tf.data.Dataset.range(3)
b = tf.data.Dataset.from_tensor_slices({"x": [1.0, 2.0, 3.0, 4.0]})
c = tf.data.Dataset.from_tensor_slices(([10, 20], ["p", "q"]))
z = tf.data.Dataset.zip((a, (b, c)))
print(z.output_types[0].name, z.output_types[1][0], z.output_types[1][1])
print(z.output_shapes)
n = tf.data.make_one_shot_iterator(z).get_next()
with tf.Session() as sess:
    for _ in range(2):
        v = sess.run(n)
        print(int(v[0]), rnd(v[1][0]["x"]), int(v[1][1][0]), v[1][1][1])
    try:
        sess.run(n)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
zd = tf.data.Dataset.zip({"a": a, "c": c})
print(sorted(zd.output_types.keys()))
try:
    tf.data.Dataset.zip(a)
except Exception as e:
    print(type(e).__name__)
x = tf.data.Dataset.from_tensor_slices([[1, 2], [3, 4]])
y = tf.data.Dataset.from_tensor_slices([[5, 6, 7]])
xy = x.concatenate(y)
print(xy.output_shapes, xy.output_types.name)
n2 = tf.data.make_one_shot_iterator(xy).get_next()
with tf.Session() as sess:
    print([sess.run(n2).tolist() for _ in range(3)])
for other in (tf.data.Dataset.from_tensor_slices([1.0, 2.0]),
              tf.data.Dataset.from_tensor_slices(([1], [2])),
              tf.data.Dataset.from_tensor_slices({"k": [1]})):
    try:
        tf.data.Dataset.from_tensor_slices([1, 2]).concatenate(other)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
t1 = tf.data.Dataset.from_tensor_slices(([1], [2.0]))
t2 = tf.data.Dataset.from_tensor_slices(([3], [4.0]))
print(t1.concatenate(t2).output_types)
