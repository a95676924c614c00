# from_tensor_slices with tuples, dicts and nested structures; from_tensors.
from prelude import tf, np, rnd

ds = tf.data.Dataset.from_tensor_slices(({"a": [[1, 2], [3, 4], [5, 6]], "b": ([1.5, 2.5, 3.5], ["x", "y", "z"])}, [7, 8, 9]))
t = tf.data.get_output_types(ds)
s = tf.data.get_output_shapes(ds)
print(sorted(t[0]), t[0]["a"].name, [d.name for d in t[0]["b"]], t[1].name)
print(s[0]["a"], s[0]["b"], s[1])
print(tf.data.get_output_classes(ds)[1] is tf.Tensor)
el = tf.data.make_one_shot_iterator(ds).get_next()
print(type(el).__name__, type(el[0]).__name__, type(el[0]["b"]).__name__)
with tf.Session() as sess:
    for _ in range(3):
        d, l = sess.run(el)
        print(d["a"].tolist(), rnd(d["b"][0]), d["b"][1], int(l))
ft = tf.data.Dataset.from_tensors(({"k": [1, 2, 3]}, tf.constant(2.0)))
print(tf.data.get_output_shapes(ft))
fl = tf.data.Dataset.from_tensor_slices([[1.0, 2.0], [3.0, 4.0]])
print(fl.output_shapes, fl.output_types.name)
sc = tf.data.Dataset.from_tensors(5)
print(sc.output_shapes, sc.output_types.name)
try:
    tf.data.Dataset.from_tensor_slices(5)
except Exception as e:
    print(type(e).__name__)
try:
    tf.data.Dataset.from_tensor_slices({"a": [1, 2], "b": [1, 2, 3]})
except Exception as e:
    print(type(e).__name__)
lst = tf.data.Dataset.from_tensor_slices([1, 2, 3])
print(lst.output_types.name, lst.output_shapes)
