# tf.signal.frame on 1-D and 2-D signals: values, dtypes, static shapes and the name scope.
from prelude import tf, np, rnd

a = tf.constant(np.arange(10, dtype=np.float32))
f1 = tf.signal.frame(a, 4, 2)
f2 = tf.signal.frame(tf.constant(np.arange(14).reshape(2, 7)), frame_length=3, frame_step=3)
f3 = tf.signal.frame(a, 5, 5, name="chunks")
f4 = tf.signal.frame(a, 3, 7)
for t in (f1, f2, f3, f4):
    print(t.name.split("/")[0], t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run([f1, f2, f3, f4]):
        print(rnd(v, 4))
