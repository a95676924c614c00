# FIFOQueue: op types, names, attrs, handle dtype, enqueue/dequeue order, size, is_closed.
from prelude import tf, np, rnd

q = tf.FIFOQueue(5, tf.float32, shapes=[[2]])
print(q.name, q.queue_ref.dtype.name, q.queue_ref.op.type, q.queue_ref.shape)
print(q.dtypes, q.shapes, q.names)
print(q.queue_ref.op.get_attr("capacity"), q.queue_ref.op.get_attr("component_types"))
print([s for s in q.queue_ref.op.get_attr("shapes")] if False else len(q.queue_ref.op.get_attr("shapes")))
e = q.enqueue([[1.0, 2.0]])
em = q.enqueue_many([[[3.0, 4.0], [5.0, 6.0]]])
d = q.dequeue()
dm = q.dequeue_many(2)
du = q.dequeue_up_to(3)
s = q.size()
c = q.close()
ic = q.is_closed()
for t in [e, em, c]:
    print(t.name, t.type)
for t in [d, dm, du, s, ic]:
    print(t.name, t.op.type, t.dtype.name, t.shape)
with tf.Session() as sess:
    sess.run(e)
    sess.run(em)
    print(sess.run(s))
    print(rnd(sess.run(d)))
    print(rnd(sess.run(dm)))
    sess.run(em)
    print(sess.run(ic))
    sess.run(c)
    print(sess.run(ic), sess.run(s))
    print(rnd(sess.run(du)))
    print(sess.run(s))
