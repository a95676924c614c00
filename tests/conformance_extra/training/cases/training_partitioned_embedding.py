# embedding_lookup over a partitioned variable and a list of shards: names, sparse grads, training.
from prelude import tf, np, rnd

emb = tf.get_variable("emb", shape=[5, 2], initializer=tf.constant_initializer(1.0),
                      partitioner=tf.fixed_size_partitioner(2))
print(type(emb).__name__, [v.name for v in emb], [v.shape.as_list() for v in emb])
ids = tf.constant([[0, 4], [3, 3]])
e = tf.nn.embedding_lookup(emb, ids)
print(e.name, e.shape.as_list())
loss = tf.reduce_sum(e * tf.constant([[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]))
grads = tf.gradients(loss, list(emb))
print([type(g).__name__ for g in grads])
ed = tf.nn.embedding_lookup(list(emb), ids, partition_strategy="div")
print(ed.name, ed.shape.as_list())
train = tf.train.AdagradOptimizer(0.5).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(tf.assign(list(emb)[0], [[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]]))
    sess.run(tf.assign(list(emb)[1], [[6.0, 7.0], [8.0, 9.0]]))
    print(rnd(sess.run(e)))
    print(rnd(sess.run(ed)))
    print([rnd(sess.run(g.indices)) for g in grads])
    sess.run(train)
    print(rnd(sess.run(list(emb))))
