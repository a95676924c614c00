# GradientDescent minimize on a default (resource) variable: op names/types, train op, trajectory.
from prelude import tf, np, rnd

w = tf.Variable([1.0, -2.0, 3.0], name="w")
b = tf.Variable(0.5, name="b")
x = tf.constant([1.0, 2.0, 3.0])
loss = tf.reduce_sum(tf.square(w * x + b))
opt = tf.train.GradientDescentOptimizer(0.01)
train = opt.minimize(loss)
print(train.name, train.type)
print(type(w).__name__, w.dtype, w.shape, w.op.type, w.name)
g = tf.get_default_graph()
for op in g.get_operations():
    if op.name.startswith("GradientDescent"):
        print(op.name, op.type, [t.dtype.name for t in op.inputs])
print(opt.get_slot_names(), opt.variables())
print(len(g.get_collection(tf.GraphKeys.TRAIN_OP)))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(3):
        _, l, wv, bv = sess.run([train, loss, w, b])
        print(i, rnd(l, 3), rnd(wv, 4), rnd(bv, 4))
