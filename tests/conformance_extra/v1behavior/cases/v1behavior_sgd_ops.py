# GradientDescent/Momentum on ref variables: update op types and names, values after steps.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
w = tf.Variable([1.0, -2.0], name="w")
b = tf.Variable(0.5, name="b")
loss = tf.reduce_sum(tf.square(w)) + tf.square(b)
opt = tf.train.GradientDescentOptimizer(0.1)
train = opt.minimize(loss)
print(train.name, train.type)
ops = [o for o in tf.get_default_graph().get_operations() if o.type.startswith("Apply")]
print(sorted((o.name, o.type) for o in ops))
gv = opt.compute_gradients(loss)
print([(g.name.split("/")[-1] if g is not None else None, v.name) for g, v in gv])
print([g.dtype for g, v in gv])
mom = tf.train.MomentumOptimizer(0.1, 0.9)
t2 = mom.minimize(loss, var_list=[w])
print(sorted((o.name, o.type) for o in tf.get_default_graph().get_operations()
             if o.type in ("ApplyMomentum", "VariableV2") ))
print(mom.get_slot_names(), mom.get_slot(w, "momentum"))
print(mom.get_slot(w, "momentum").dtype)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
    print(rnd(sess.run(w), 4), rnd(sess.run(b), 4))
    for _ in range(2):
        sess.run(t2)
    print(rnd(sess.run(w), 4), rnd(sess.run(mom.get_slot(w, "momentum")), 4))
