# disable_resource_variables(): optimizers then emit the ref Apply* ops; mixed resource/ref.
from prelude import tf, np, rnd

tf.disable_resource_variables()
w = tf.Variable([1.0, 2.0], name="w")
r = tf.Variable([1.0, 2.0], name="r", use_resource=True)
print(w.op.type, r.op.type, type(w).__name__, type(r).__name__)
loss = tf.reduce_sum(w * w) + tf.reduce_sum(r * r)
opt = tf.train.AdamOptimizer(0.1)
train = opt.minimize(loss)
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("Adam") and op.type not in ("Const", "Identity", "Cast"):
        print(op.name, op.type)
print(opt.get_slot(w, "m").op.type, opt.get_slot(r, "m").op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(2):
        print(sess.run(train))
    print(rnd(sess.run([w, r]), 4))
