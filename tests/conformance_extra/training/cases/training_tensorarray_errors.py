# TensorArray error cases: reading unwritten, out of range, double write, dtype mismatch.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=3)
w = ta.write(0, 1.0)
try:
    ta.write(0, tf.constant(1))
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    w.write(1, tf.constant([1.0, 2.0]))
    print("no error")
except Exception as e:
    print(type(e).__name__)
print(w.read(0).shape.as_list())
with tf.Session() as sess:
    for t in [w.read(5), w.write(0, 2.0).stack(), tf.TensorArray(tf.float32, size=2).write(3, 1.0).stack()]:
        try:
            sess.run(t)
            print("no error")
        except Exception as e:
            print(type(e).__name__)
    print(rnd(sess.run(w.read(2))))
    print(rnd(sess.run(w.stack())))
