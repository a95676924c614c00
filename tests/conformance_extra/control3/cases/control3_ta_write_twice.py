# Writing twice to the same TensorArray index (TF2 TensorList semantics: last write wins).
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=2)
w = ta.write(0, 1.0).write(0, 5.0).write(1, 2.0)
with tf.Session() as sess:
    try:
        print(rnd(sess.run(w.stack())))
    except Exception as e:  # noqa: BLE001
        print("twice", type(e).__name__)
