# embedding_lookup over several params: partition_strategy mod/div, max_norm, shapes, names.
from prelude import tf, np, rnd

p0 = tf.constant([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]])
p1 = tf.constant([[10.0, 0.0], [11.0, 1.0]])
p2 = tf.constant([[20.0, 3.0], [21.0, 4.0]])
params = [p0, p1, p2]
ids = tf.constant([[0, 1, 2], [3, 4, 6]])
em = tf.nn.embedding_lookup(params, ids, partition_strategy="mod", name="emb_mod")
ed = tf.nn.embedding_lookup(params, ids, partition_strategy="div", name="emb_div")
e1 = tf.nn.embedding_lookup(p0, [2, 0, 2])
en = tf.nn.embedding_lookup(params, [5, 2, 4], max_norm=2.0)
ph = tf.placeholder(tf.int32, [None, 2])
ep = tf.nn.embedding_lookup(params, ph)
for t in (em, ed, e1, en, ep):
    print(t.name, t.dtype.name, t.shape.as_list())
print(e1.op.type, em.op.type)
for f in (lambda: tf.nn.embedding_lookup([], [0]), lambda: tf.nn.embedding_lookup(params, [0], partition_strategy="xx"),
          lambda: tf.nn.embedding_lookup(p0, [0.0])):
    try:
        print("ok", f().shape.as_list())
    except Exception as e:
        print(type(e).__name__)
g = tf.gradients(tf.reduce_sum(ed), params)
print([type(x).__name__ for x in g])
with tf.Session() as sess:
    print(rnd(sess.run([em, ed, e1, en])))
    print(rnd(sess.run(ep, {ph: [[6, 0]]})))
    print(rnd([tf.convert_to_tensor(x).eval() for x in g]))
    try:
        sess.run(tf.nn.embedding_lookup(p0, [3]))
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(tf.nn.embedding_lookup(params, [7]))
    except Exception as e:
        print(type(e).__name__)
