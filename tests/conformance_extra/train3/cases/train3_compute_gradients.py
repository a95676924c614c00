# compute_gradients on default variables: None grads, gradient names/types, dtypes, int losses.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
u = tf.Variable(5.0, name="unused")
e = tf.Variable(tf.ones([3, 2]), name="e")
loss = tf.reduce_sum(w * w) + tf.reduce_sum(tf.gather(e, [0, 2]))
opt = tf.train.AdamOptimizer()
gv = opt.compute_gradients(loss)
for g, v in gv:
    print(v.name, type(g).__name__, None if g is None else g.dtype,
          None if g is None or isinstance(g, tf.IndexedSlices) else g.shape)
print(gv[0][0].name, gv[0][0].op.type)
gv2 = opt.compute_gradients(loss, var_list=[w], grad_loss=tf.constant(2.0))
print(gv2[0][0].name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(gv2[0][0])))
    print(rnd(sess.run(gv[0])[0]))
try:
    opt.compute_gradients(tf.cast(tf.reduce_sum(w), tf.int32))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("int loss", type(e).__name__)
iv = tf.Variable(3, name="iv")
try:
    opt.compute_gradients(tf.reduce_sum(w) + tf.cast(iv, tf.float32), var_list=[iv, w])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("int var", type(e).__name__)
print(rnd(len(opt.compute_gradients(lambda: tf.reduce_sum(w), var_list=[w]))))
