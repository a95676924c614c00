# RaggedTensor.from_sparse, and the right-ragged check at run time.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

sp = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], [1, 2, 3], [4, 3])
rt = tf.RaggedTensor.from_sparse(sp)
print(rt.shape, rt.dtype.name, rt.row_splits.dtype.name)
bad = tf.RaggedTensor.from_sparse(tf.SparseTensor([[0, 0], [0, 2], [2, 1]], [1, 2, 3], [4, 3]))
err(lambda: tf.RaggedTensor.from_sparse(tf.constant([[1]])))
with tf.Session() as s:
    print(s.run(rt).to_list())
    err(lambda: s.run(bad))
