# tf.container sets the container attr of stateful ops with such an attr; nesting and reset.
from prelude import tf, np

q0 = tf.FIFOQueue(3, tf.float32, name="q0")
with tf.container("c1"):
    q1 = tf.FIFOQueue(3, tf.float32, name="q1")
    k = tf.constant(1.0, name="k")
    with tf.container("c2"):
        q2 = tf.FIFOQueue(3, tf.float32, name="q2")
    with tf.container(""):
        q3 = tf.FIFOQueue(3, tf.float32, name="q3")
    q4 = tf.FIFOQueue(3, tf.float32, name="q4", shared_name="sh")
for q in (q0, q1, q2, q3, q4):
    op = q.queue_ref.op
    print(op.name, repr(op.get_attr("container")), repr(op.get_attr("shared_name")))
print("container" in k.op.node_def.attr)
g = tf.get_default_graph()
with g.container("c5") as ctx:
    q5 = tf.FIFOQueue(3, tf.float32, name="q5")
print(repr(q5.queue_ref.op.get_attr("container")), ctx)
