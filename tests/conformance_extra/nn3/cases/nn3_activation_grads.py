# swish/silu (beta), softplus, softsign, relu6, leaky_relu, elu, selu, crelu: gradients incl. boundary points.
from prelude import tf, np, rnd

x = tf.constant([-7.0, -1.0, 0.0, 0.5, 6.0, 8.0])
outs = {
    "swish": tf.nn.swish(x),
    "silu2": tf.nn.silu(x, beta=2.0),
    "softplus": tf.nn.softplus(x),
    "softsign": tf.nn.softsign(x),
    "relu6": tf.nn.relu6(x),
    "relu": tf.nn.relu(x),
    "leaky": tf.nn.leaky_relu(x, alpha=0.3),
    "elu": tf.nn.elu(x),
    "selu": tf.nn.selu(x),
    "crelu": tf.nn.crelu(x, axis=0),
}
names = sorted(outs)
print([(n, outs[n].op.type, outs[n].shape.as_list()) for n in names])
grads = [tf.gradients(outs[n], x)[0] for n in names]
print([g.op.type for g in grads])
bt = tf.placeholder(tf.float32, [])
sb = tf.nn.silu(x, beta=bt)
gb = tf.gradients(tf.reduce_sum(sb), [x, bt])
with tf.Session() as sess:
    r = sess.run([outs[n] for n in names])
    for n, v in zip(names, r):
        print(n, rnd(v, 4))
    for n, v in zip(names, sess.run(grads)):
        print(n, rnd(v, 4))
    print(rnd(sess.run(gb, {bt: 0.5}), 4))
