# Partitioned embedding variable (fixed_size_partitioner) with embedding_lookup partition strategies and training.
from prelude import tf, np, rnd

with tf.variable_scope("emb"):
    E = tf.get_variable("table", [7, 2], initializer=tf.constant_initializer(1.5),
                        partitioner=tf.fixed_size_partitioner(3))
print(type(E).__name__, E.name, len(list(E)), [v.name for v in E], [v.shape.as_list() for v in E])
print(E.get_shape(), [v.name for v in tf.global_variables()])
ids = tf.constant([0, 3, 6, 2])
look = tf.nn.embedding_lookup(E, ids)
look_div = tf.nn.embedding_lookup(list(E), ids, partition_strategy="div")
loss = tf.reduce_sum(look * look * tf.constant(np.arange(8).reshape(4, 2).astype(np.float32)))
train = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
print(look.shape, look_div.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(look).tolist(), sess.run(look_div).tolist())
    print(sess.run(tf.convert_to_tensor(E)).tolist() if hasattr(E, "_concat") or True else None)
    sess.run(train)
    print(sess.run(look).tolist())
    print([rnd(sess.run(v), 3) for v in E])
