# Bad input to tf.ragged.constant and graph-mode-only restrictions.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

err(lambda: tf.ragged.constant([[1, [2]], [3]]))
rt = tf.ragged.constant([[1, 2], [3]])
err(lambda: rt.to_list())
err(lambda: tf.RaggedTensor(values=rt.values, row_splits=rt.row_splits))
err(lambda: bool(rt))
print(isinstance(rt, tf.Tensor), tf.is_tensor(rt))
