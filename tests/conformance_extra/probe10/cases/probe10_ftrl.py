# Ftrl with l1/l2/shrinkage on a logistic regression with sparse ids.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

ids = tf.placeholder(tf.int64, [None], name="ids")
lab = tf.placeholder(tf.float32, [None], name="lab")
table = tf.get_variable("table", [6, 1], initializer=tf.zeros_initializer())
logit = tf.reshape(tf.nn.embedding_lookup(table, ids), [-1])
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=lab, logits=logit))
opt = tf.train.FtrlOptimizer(0.5, l1_regularization_strength=0.01, l2_regularization_strength=0.1,
                             l2_shrinkage_regularization_strength=0.05)
train = opt.minimize(loss)
print(logit.shape, sorted(opt.get_slot_names()), sorted(o.type for o in tf.get_default_graph().get_operations() if "Ftrl" in o.type))
grad = tf.gradients(loss, table)[0]
print(type(grad).__name__, grad.dense_shape.dtype if hasattr(grad, "dense_shape") else None)
feed = {ids: [0, 1, 3, 3, 5], lab: [1.0, 0.0, 1.0, 1.0, 0.0]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(5):
        print(rnd(sess.run([loss, train], feed)[0], 5))
    print(rnd(sess.run(table).ravel(), 4))
    print(rnd(sess.run(opt.get_slot(table, "accum")).ravel(), 4))
