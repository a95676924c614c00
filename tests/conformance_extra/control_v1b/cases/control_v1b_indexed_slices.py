# IndexedSlices gradients of loop invariants (tf.gather / embedding_lookup of an outer variable
# inside a v1 while loop): accumulation in the gradient loop, values, and minimize.
from prelude import tf, np, rnd

tf.disable_v2_behavior()


def dump(start=0):
    for op in tf.get_default_graph().get_operations()[start:]:
        print(op.name, op.type, [t.name for t in op.inputs], sorted(c.name for c in op.control_inputs),
              [str(o.shape) for o in op.outputs])


emb = tf.Variable(np.arange(12, dtype=np.float32).reshape(6, 2), name="emb")
ids = tf.placeholder(tf.int32, [3], name="ids")
n0 = len(tf.get_default_graph().get_operations())
i, acc = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a + tf.gather(emb, ids[i]) * 2.0),
                       (0, tf.zeros([2])))
g = tf.gradients(tf.reduce_sum(acc * acc), emb)
print(type(g[0]).__name__, g[0].values, g[0].indices, g[0].dense_shape)
dump(n0)

x = tf.placeholder(tf.float32, [None, 2], name="x")
table = tf.Variable(np.ones([5, 2], np.float32), name="table")
rv = tf.get_variable("rv", initializer=np.ones([4, 2], np.float32), use_resource=True)


def body(i, a):
    e = tf.nn.embedding_lookup(table, [i % 5, (i + 2) % 5])
    r = tf.gather(rv, i % 4)
    return i + 1, a + tf.reduce_sum(e * x[:2], 0) * r


_, out = tf.while_loop(lambda i, a: i < 4, body, (0, tf.zeros([2])))
loss = tf.reduce_sum(out * out)
gt = tf.gradients(loss, [table, rv, x])
print([(type(t).__name__, t.name) for t in gt])  # NOTE: IndexedSlices.shape differs (see report)
opt = tf.train.GradientDescentOptimizer(0.01)
train = opt.minimize(loss)
mom = tf.train.MomentumOptimizer(0.01, 0.9).minimize(loss, var_list=[table])
adam = tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(acc), var_list=[emb])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    gv = sess.run(g[0], {ids: [1, 4, 1]})
    print(rnd([gv.values, gv.indices, gv.dense_shape]))
    feed = {x: [[1.0, 2.0], [0.5, -1.0], [3.0, 3.0]]}
    vals = sess.run([out, loss] + [t if not hasattr(t, "values") else tf.convert_to_tensor(t) for t in gt], feed)
    print(rnd(vals))
    for _ in range(2):
        sess.run([train, mom], feed)
        sess.run(adam, {ids: [0, 5, 0]})
    print(rnd(sess.run([table, rv, emb, loss], feed)))
