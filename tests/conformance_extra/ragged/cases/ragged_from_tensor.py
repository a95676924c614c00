# RaggedTensor.from_tensor with padding, lengths and ragged_rank.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

t = tf.constant([[1, 2, 0], [3, 0, 0], [4, 5, 6]])
plain = tf.RaggedTensor.from_tensor(t)
pad = tf.RaggedTensor.from_tensor(t, padding=0)
lens = tf.RaggedTensor.from_tensor(t, lengths=[1, 0, 2])
rr2 = tf.RaggedTensor.from_tensor(tf.reshape(tf.range(24), [2, 3, 4]), ragged_rank=2)
lens3 = tf.RaggedTensor.from_tensor(tf.reshape(tf.range(24), [2, 3, 4]), lengths=[1, 3])
pad3 = tf.RaggedTensor.from_tensor([[[1, 2], [0, 0]], [[3, 0], [0, 0]]], padding=[0, 0])
for rt in (plain, pad, lens, rr2, lens3, pad3):
    print(rt.shape, rt.ragged_rank)
err(lambda: tf.RaggedTensor.from_tensor(t, lengths=[1], padding=0))
err(lambda: tf.RaggedTensor.from_tensor(tf.constant([1, 2])))
with tf.Session() as s:
    for rt in (plain, pad, lens, rr2, lens3, pad3):
        print(s.run(rt).to_list())
