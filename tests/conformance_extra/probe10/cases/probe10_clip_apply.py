# compute_gradients / clip_by_global_norm / apply_gradients with global_step, gradient names.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
w = tf.Variable([[1.0, -1.0], [0.5, 2.0]], name="w")
b = tf.Variable([0.0, 0.0], name="b")
frozen = tf.Variable(3.0, name="frozen", trainable=False)
loss = tf.reduce_sum(tf.square(tf.matmul(x, w) + b)) * frozen
gs = tf.Variable(0, name="global_step", trainable=False)
opt = tf.train.GradientDescentOptimizer(0.01)
gvs = opt.compute_gradients(loss)
print([(g.name, v.name) for g, v in gvs])
grads, vars_ = zip(*gvs)
clipped, norm = tf.clip_by_global_norm(grads, 5.0)
print([c.name for c in clipped], norm.name)
train = opt.apply_gradients(zip(clipped, vars_), global_step=gs)
print(train.type, train.name, [i.name for i in train.control_inputs])
gvs2 = opt.compute_gradients(loss, var_list=[b, frozen])
print([(g.name if g is not None else None, v.name) for g, v in gvs2])
cv = [(tf.clip_by_value(g, -1.0, 1.0), v) for g, v in gvs]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(norm), 3), rnd(sess.run(grads), 3))
    for _ in range(2):
        sess.run(train)
    print(rnd(sess.run([w, b]), 4), sess.run(gs))
    print(rnd(sess.run([c for c, _ in cv]), 3))
try:
    opt.apply_gradients([(None, w)])
except ValueError as e:
    print("ValueError", str(e)[:70])
