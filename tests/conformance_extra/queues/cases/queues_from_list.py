# QueueBase.from_list: selecting a queue by index tensor; mismatched dtypes raise TypeError.
from prelude import tf, np, rnd

q0 = tf.FIFOQueue(5, [tf.int32], shapes=[[2]])
q1 = tf.FIFOQueue(5, [tf.int32], shapes=[[2]])
i = tf.placeholder(tf.int32, [])
sel = tf.QueueBase.from_list(i, [q0, q1])
print(type(sel).__name__, sel.dtypes, sel.shapes, sel.queue_ref.dtype.name)
en = sel.enqueue([[1, 2]])
de = sel.dequeue()
print(de.shape)
with tf.Session() as sess:
    sess.run(en, {i: 1})
    sess.run(en, {i: 1})
    sess.run(en, {i: 0})
    print(sess.run(q0.size()), sess.run(q1.size()))
    print(sess.run(sel.size(), {i: 1}))
    print(sess.run(de, {i: 0}).tolist())
q2 = tf.FIFOQueue(5, [tf.float32], shapes=[[2]])
try:
    tf.QueueBase.from_list(0, [q0, q2])
except Exception as e:
    print(type(e).__name__)
try:
    tf.QueueBase.from_list(0, [])
except Exception as e:
    print(type(e).__name__)
q3 = tf.FIFOQueue(5, [tf.int32], shapes=[[3]])
m = tf.QueueBase.from_list(0, [q0, q3])
print(m.shapes)
