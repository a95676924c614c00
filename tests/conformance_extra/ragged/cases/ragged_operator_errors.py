# Elementwise ops between RaggedTensors with different row partitions fail when run.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
other = tf.ragged.constant([[1, 2], [3]])
same_size = tf.ragged.constant([[1], [2], [3, 4, 5, 6]])
with tf.Session() as s:
    err(lambda: s.run(rc + other))
    err(lambda: s.run(rc * same_size))
    err(lambda: s.run(tf.add(rc, other)))
