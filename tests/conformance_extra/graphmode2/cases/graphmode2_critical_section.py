# tf.CriticalSection in graph mode: the ops execute builds, values, and refused executions.
from prelude import tf, np, rnd

cs = tf.CriticalSection(name="cs")
v = tf.Variable(0.0, name="v")
r = cs.execute(lambda: v.assign_add(1.0))
print(cs.name, cs._handle.op.type, r.name, r.op.type, r.dtype.name, r.shape)
ops = tf.get_default_graph().get_operations()
print([op.name for op in ops if op.type in ("MutexV2", "MutexLock", "ConsumeMutexLock")])
lock = tf.get_default_graph().get_operation_by_name("critical_section_execute/MutexLock")
print(sorted(c.name for c in lock.control_inputs))
r2 = cs.execute(lambda: v.read_value() * 2.0, name="double")
print(r2.name)
pair = cs.execute(lambda: (tf.constant(1), {"a": tf.constant([2.0, 3.0])}))
try:
    cs.execute(lambda: cs.execute(lambda: tf.constant(1.0)))
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
other = tf.CriticalSection(shared_name="shared")
print(other.name)
try:
    other.execute(lambda: v.assign_add(1.0))
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
u = tf.Variable(5.0, name="u")
first = cs.execute(lambda: u.read_value(), exclusive_resource_access=False)
shared_ok = other.execute(lambda: u.read_value() + 1.0, exclusive_resource_access=False)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(s.run(r), s.run(r), s.run(r2), s.run(pair))
    print(s.run([first, shared_ok]))
