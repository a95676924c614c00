# element_shape / infer_shape: static shapes of read/stack/gather, inconsistent writes.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=2, element_shape=tf.TensorShape([None, 3]))
print(ta.element_shape, ta.read(0).shape, ta.stack().shape, ta.gather([0]).shape)
w = ta.write(0, tf.zeros([2, 3]))
print(w.element_shape, w.read(1).shape, w.stack().shape)
try:
    w.write(1, tf.zeros([2, 4]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("inconsistent", type(e).__name__)
nos = tf.TensorArray(tf.float32, size=2, infer_shape=False)
nos = nos.write(0, tf.zeros([2])).write(1, tf.zeros([3]))
print(nos.element_shape, nos.read(0).shape)
ta2 = tf.TensorArray(tf.float32, size=2)
ta2 = ta2.write(0, tf.zeros([4]))
try:
    ta2.write(1, tf.zeros([5]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("inconsistent2", type(e).__name__)
p = tf.placeholder(tf.float32, [None])
ta3 = tf.TensorArray(tf.float32, size=1).write(0, p)
print(ta3.read(0).shape, ta3.stack().shape)
with tf.Session() as sess:
    print(rnd(sess.run(ta3.stack(), {p: [1.0, 2.0]})))
