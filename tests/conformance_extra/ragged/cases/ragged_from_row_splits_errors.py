# from_row_splits: build-time ValueErrors, run-time InvalidArgumentErrors for bad splits.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

err(lambda: tf.RaggedTensor.from_row_splits([1, 2, 3], [[0, 2, 3]]))
err(lambda: tf.RaggedTensor.from_row_splits([1, 2, 3], [0., 2, 3]))
err(lambda: tf.RaggedTensor.from_row_splits(5, [0, 1]))
splits = tf.placeholder(tf.int64, [None])
rt = tf.RaggedTensor.from_row_splits([1, 2, 3], splits)
print(rt.shape)
with tf.Session() as s:
    print(s.run(rt, {splits: [0, 1, 3]}).to_list())
    for bad in ([0, 2, 4], [1, 2, 3], [0, 2, 1, 3]):
        err(lambda: s.run(rt, {splits: bad}))
