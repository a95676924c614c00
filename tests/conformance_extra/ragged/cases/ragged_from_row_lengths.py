# RaggedTensor.from_row_lengths, with run-time validation of the lengths.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

rt = tf.RaggedTensor.from_row_lengths([1, 2, 3, 4], [1, 0, 3])
print(rt.shape, rt.values.name, rt.row_splits.dtype.name)
lengths = tf.placeholder(tf.int64, [None])
dyn = tf.RaggedTensor.from_row_lengths(tf.constant([1., 2., 3., 4.]), lengths)
print(dyn.shape)
with tf.Session() as s:
    print(s.run(rt).to_list(), s.run(rt.row_lengths()).tolist())
    print(s.run(dyn, {lengths: [2, 2, 0]}).to_list())
    err(lambda: s.run(dyn, {lengths: [1, 0, 2]}))
    err(lambda: s.run(dyn, {lengths: [5, -1]}))
