# dynamic_size TensorArray, unstack/scatter, element_shape, concat.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.int32, size=0, dynamic_size=True)


def body(i, ta):
    return i + 1, ta.write(i, tf.stack([i, i * i]))


_, ta2 = tf.while_loop(lambda i, ta: i < 4, body, [0, ta])
s = ta2.stack()
u = tf.TensorArray(tf.float32, size=3).unstack(tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
r1 = u.read(1)
print(r1.shape.as_list())
sc = tf.TensorArray(tf.float32, size=4).scatter([3, 1], tf.constant([[7.0], [8.0]]))
g = sc.gather([1, 3])
es = tf.TensorArray(tf.float32, size=2, element_shape=tf.TensorShape([3]))
es = es.write(0, tf.ones([3])).write(1, tf.zeros([3]))
st = es.stack()
print(st.shape.as_list())
cc = tf.TensorArray(tf.float32, size=2, infer_shape=False)
cc = cc.write(0, tf.constant([1.0, 2.0])).write(1, tf.constant([3.0]))
cat = cc.concat()
with tf.Session() as sess:
    print(sess.run(s).tolist())
    print(rnd(sess.run(r1)), rnd(sess.run(u.stack())))
    print(rnd(sess.run(g)))
    print(rnd(sess.run(st)))
    print(rnd(sess.run(cat)))
    print(sess.run(ta2.size()))
