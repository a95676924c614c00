# Miscellaneous Variable API on default variables: properties, ref(), get_shape, set_shape, batch_scatter_update, errors.
from prelude import tf, np, rnd

v = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="v")
print(v.get_shape(), v.shape.as_list(), v.graph is tf.get_default_graph(), v.trainable)
print(v.synchronization, v.aggregation, v.create.name if hasattr(v, "create") else None)
print(v.ref().deref() is v, v.experimental_ref() == v.ref(), {v.ref(): 1}[v.ref()])
print(v.is_initialized().name, v.is_initialized().op.type)
print(v.initial_value.shape, v.initial_value.dtype.name)
try:
    v.set_shape([2, 2])
except Exception as e:  # noqa: BLE001
    print("set_shape", type(e).__name__)
b = v.batch_scatter_update(tf.IndexedSlices(tf.constant([[9.0], [8.0]]), tf.constant([[1], [0]])))
print(type(b).__name__, b.dtype.name, b.shape)
try:
    tf.Variable(None)
except Exception as e:  # noqa: BLE001
    print("none", type(e).__name__)
try:
    tf.Variable([1, 2], dtype=tf.string)
except Exception as e:  # noqa: BLE001
    print("bad dtype", type(e).__name__)
try:
    tf.Variable([[1.0], [2.0, 3.0]])
except Exception as e:  # noqa: BLE001
    print("ragged", type(e).__name__)
i = tf.Variable(7, dtype=tf.int64, name="i")
print(i.dtype.name, i.initial_value.dtype.name)
x = tf.Variable(tf.constant(2, tf.int32), dtype=tf.int32, name="x")
try:
    tf.Variable(tf.constant(2, tf.int32), dtype=tf.float32)
except Exception as e:  # noqa: BLE001
    print("tensor dtype", type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(b)), sess.run(i), sess.run(x))
    print(sess.run(v.is_initialized()))
