# get_next names/shapes/types, repeated get_next in one run, element_spec, exhaustion.
from prelude import tf, np, rnd

ds = tf.data.Dataset.from_tensor_slices((np.arange(4, dtype=np.int32), np.arange(8.0).reshape(4, 2).astype(np.float32)))
it = tf.data.make_one_shot_iterator(ds)
a, b = it.get_next(name="elem")
print(a.name, b.name, a.op.type, a.op.name)
print(a.dtype.name, a.shape, b.shape)
c, d = it.get_next()
print(c.op.name)
print(ds.element_spec)
print([c is tf.Tensor for c in tf.data.get_output_classes(ds)])
with tf.Session() as sess:
    va, vb, va2 = sess.run([a, b, a])
    print(int(va), rnd(vb), int(va2))
    vc, _ = sess.run([c, d])
    print(int(vc))
    va, vc = sess.run([a, c])
    print(sorted([int(va), int(vc)]))
    try:
        sess.run(a)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
    try:
        sess.run(c)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
s = tf.data.Dataset.from_tensors({"k": tf.constant([1, 2])}).element_spec
print(s)
print(tf.data.Dataset.range(3).element_spec)
it2 = tf.data.make_one_shot_iterator(tf.data.Dataset.range(2))
print(it2.output_types.name, it2.output_shapes, it2.output_classes is tf.Tensor)
