# LOSSES collection contents, loss_collection argument, add_loss, get_total_loss, regularization losses.
from prelude import tf, np, rnd

a = tf.losses.mean_squared_error(tf.constant([1.0, 2.0]), tf.constant([1.5, 2.0]))
b = tf.losses.absolute_difference(tf.constant([1.0]), tf.constant([4.0]), loss_collection=None)
c = tf.losses.hinge_loss(tf.constant([1.0, 0.0]), tf.constant([0.5, 0.5]), loss_collection="mine")
d = tf.losses.log_loss(tf.constant([1.0]), tf.constant([0.5]), scope="my_scope")
tf.losses.add_loss(tf.constant(10.0, name="extra"))
tf.losses.add_loss(tf.constant(5.0, name="other"), loss_collection="mine")
print([l.name for l in tf.losses.get_losses()])
print([l.name for l in tf.get_collection(tf.GraphKeys.LOSSES)], tf.GraphKeys.LOSSES)
print([l.name for l in tf.losses.get_losses(loss_collection="mine")])
print([l.name for l in tf.losses.get_losses(scope="my_scope")])
print(tf.losses.get_regularization_losses())
r0 = tf.losses.get_regularization_loss()
print(r0.name, r0.op.type, r0.dtype.name)
tf.add_to_collection(tf.GraphKeys.REGULARIZATION_LOSSES, tf.constant(0.25, name="reg_a"))
with tf.name_scope("sub"):
    tf.add_to_collection(tf.GraphKeys.REGULARIZATION_LOSSES, tf.constant(0.5, name="reg_b"))
print([l.name for l in tf.losses.get_regularization_losses()], [l.name for l in tf.losses.get_regularization_losses("sub")])
r1 = tf.losses.get_regularization_loss()
r2 = tf.losses.get_regularization_loss(scope="sub", name="sub_reg")
t1 = tf.losses.get_total_loss()
t2 = tf.losses.get_total_loss(add_regularization_losses=False, name="plain")
t3 = tf.losses.get_total_loss(scope="my_scope")
for t in (r1, r2, t1, t2, t3):
    print(t.name, t.op.type, t.shape.as_list())
with tf.Graph().as_default():
    try:
        tf.losses.get_total_loss()
        print("empty ok")
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run([a, b, c, d, r0, r1, r2, t1, t2, t3]), 4))
