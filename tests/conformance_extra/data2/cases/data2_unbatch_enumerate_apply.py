# unbatch (method and experimental), enumerate, apply with custom transformations.
from prelude import tf, np, rnd

def drain(ds):
    n = tf.data.make_one_shot_iterator(ds).get_next()
    out = []
    with tf.Session() as sess:
        while True:
            try:
                out.append(rnd(sess.run(n)))
            except tf.errors.OutOfRangeError:
                return out
b = tf.data.Dataset.from_tensor_slices(np.arange(12).reshape(3, 2, 2)).unbatch()
print(b.output_shapes, drain(b))
t = tf.data.Dataset.from_tensors(([1, 2, 3], [[1.0], [2.0], [3.0]])).unbatch()
print(t.output_shapes, drain(t))
eu = tf.data.Dataset.range(5).batch(2).apply(tf.data.experimental.unbatch())
print(eu.output_shapes, drain(eu))
e = tf.data.Dataset.from_tensor_slices(["a", "b", "c"]).enumerate(start=5)
print(tf.data.get_output_types(e), tf.data.get_output_shapes(e))
print(drain(e))
ee = tf.data.Dataset.range(3).apply(tf.data.experimental.enumerate_dataset())
print(tf.data.get_output_types(ee), drain(ee))
def double(ds):
    return ds.map(lambda v: v * 2)
print(drain(tf.data.Dataset.range(3).apply(double)))
try:
    tf.data.Dataset.from_tensors(1).unbatch()
except Exception as e:
    print(type(e).__name__)
dyn = tf.data.Dataset.range(1, 4).map(lambda n: tf.range(n)).unbatch()
print(dyn.output_shapes, drain(dyn))
try:
    tf.data.Dataset.range(3).apply(lambda ds: 3)
except Exception as e:
    print(type(e).__name__)
