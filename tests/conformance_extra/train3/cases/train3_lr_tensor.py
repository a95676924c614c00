# Learning rate as tensor, placeholder, variable and callable on default variables.
from prelude import tf, np, rnd

lr_ph = tf.placeholder(tf.float32, [], name="lr")
lr_var = tf.Variable(0.5, name="lr_var", trainable=False)
w = tf.Variable([1.0, 2.0], name="w")
loss = tf.reduce_sum(w * w)
t_ph = tf.train.GradientDescentOptimizer(lr_ph).minimize(loss)
t_var = tf.train.MomentumOptimizer(lr_var, 0.0).minimize(loss)
t_call = tf.train.AdamOptimizer(lambda: tf.constant(0.1) * 2).minimize(loss)
t_d = tf.train.GradientDescentOptimizer(tf.constant(0.1, tf.float64)).minimize(loss)
print(t_ph.name, t_var.name, t_call.name, t_d.name)
for op in tf.get_default_graph().get_operations():
    if "learning_rate" in op.name or op.type == "Cast":
        print(op.name, op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(t_ph, {lr_ph: 0.25})
    print(rnd(sess.run(w), 4))
    try:
        sess.run(t_ph)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    sess.run(t_var)
    print(rnd(sess.run(w), 4))
    sess.run(lr_var.assign(0.1))
    sess.run(t_var)
    print(rnd(sess.run(w), 4))
    sess.run(t_call)
    print(rnd(sess.run(w), 4))
    sess.run(t_d)
    print(rnd(sess.run(w), 4))
