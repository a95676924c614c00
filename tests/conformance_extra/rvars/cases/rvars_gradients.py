# Gradients w.r.t. default variables (dense and via gather/sparse_read), and stop at assigns.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0, 3.0], name="v")
w = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="w")
y = tf.reduce_sum(v * v) + tf.reduce_sum(tf.gather(w, [0, 2, 0]))
gv, gw = tf.gradients(y, [v, w])
print(type(gv).__name__, gv.name, type(gw).__name__)
print(gw.values.name, gw.indices.name, gw.dense_shape.name if gw.dense_shape is not None else None)
z = tf.reduce_sum(w.sparse_read([1]))
(gz,) = tf.gradients(z, [w])
print(type(gz).__name__)
r = tf.gradients(v.assign(v * 2), [v])
print(r)
q = tf.gradients(tf.reduce_sum(v.read_value()), v)
print(q[0].name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(gv)), rnd(sess.run(tf.convert_to_tensor(gw))), rnd(sess.run(tf.convert_to_tensor(gz))))
    print(rnd(sess.run(q)))
