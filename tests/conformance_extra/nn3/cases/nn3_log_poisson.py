# log_poisson_loss (compute_full_loss), scale_regularization_loss, compute_average_loss: values and grads.
from prelude import tf, np, rnd

t = tf.constant([0.0, 1.0, 2.0, 5.0])
lg = tf.constant([0.5, -1.0, 1.0, 2.0])
a = tf.nn.log_poisson_loss(t, lg)
b = tf.nn.log_poisson_loss(t, lg, compute_full_loss=True, name="lp")
print(a.shape.as_list(), b.name)
g = tf.gradients(tf.reduce_sum(b), [t, lg])
try:
    tf.nn.log_poisson_loss(tf.ones([3]), tf.ones([4]))
    print("built")
except Exception as e:
    print(type(e).__name__)
c = tf.nn.compute_average_loss(tf.constant([1.0, 2.0, 3.0, 6.0]), global_batch_size=8)
d = tf.nn.compute_average_loss(tf.constant([1.0, 2.0, 3.0]), sample_weight=tf.constant([1.0, 0.0, 2.0]))
s = tf.nn.scale_regularization_loss(tf.constant(4.0))
with tf.Session() as sess:
    print(rnd(sess.run(a), 4), rnd(sess.run(b), 4))
    print(rnd(sess.run(g), 4))
    print(rnd(sess.run([c, d, s]), 4))
