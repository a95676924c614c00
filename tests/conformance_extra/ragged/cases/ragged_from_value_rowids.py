# RaggedTensor.from_value_rowids with and without nrows; invalid row ids.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

a = tf.RaggedTensor.from_value_rowids([1, 2, 3, 4], [0, 0, 2, 2], nrows=4)
b = tf.RaggedTensor.from_value_rowids([1, 2, 3, 4], [0, 0, 2, 2])
print(a.shape, b.shape)
err(lambda: tf.RaggedTensor.from_value_rowids([1, 2, 3, 4], [0, 0, 2, 2], nrows=2))
ids = tf.placeholder(tf.int64, [None])
dyn = tf.RaggedTensor.from_value_rowids(tf.constant([1, 2, 3]), ids)
with tf.Session() as s:
    print(s.run(a).to_list(), s.run(b).to_list())
    print(s.run(a.value_rowids()).tolist(), s.run(a.nrows()))
    print(s.run(dyn, {ids: [0, 1, 1]}).to_list())
    err(lambda: s.run(dyn, {ids: [1, 0, 1]}))
    err(lambda: s.run(dyn, {ids: [0, 1]}))
