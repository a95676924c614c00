# Queue op naming: name=, scopes, default names of each queue method, second queue uniquified.
from prelude import tf, np, rnd

with tf.name_scope("inp"):
    q = tf.FIFOQueue(3, [tf.int32, tf.string], shapes=[[], []], name="myq")
q2 = tf.FIFOQueue(3, [tf.int32])
q3 = tf.FIFOQueue(3, [tf.int32])
print(q.name, q2.name, q3.name)
print(q.enqueue([1, "a"]).name)
print(q.enqueue([1, "a"]).name)
print(q.enqueue_many([[1], ["a"]]).name)
print([t.name for t in q.dequeue()])
print([t.name for t in q.dequeue_many(2)])
print([t.name for t in q.dequeue_up_to(2)])
print(q.close().name, q.close(True).name, q.size().name, q.is_closed().name)
print(q.enqueue([1, "a"], name="put").name)
print(q.dequeue(name="take")[0].name)
with tf.name_scope("outer"):
    print(q2.enqueue(1).name, q2.dequeue().name, q2.size().name)
print(q.close(cancel_pending_enqueues=True).get_attr("cancel_pending_enqueues"))
en = q.enqueue([1, "a"])
print([i.name for i in en.inputs])
print(en.get_attr("Tcomponents"), en.get_attr("timeout_ms"))
