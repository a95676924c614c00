# tf.distribute.OneDeviceStrategy: its scope is a cross-replica context that places variables.
from prelude import tf, np, rnd

D = tf.distribute
s = D.OneDeviceStrategy("/cpu:0")
print(isinstance(s, D.Strategy), s.extended.worker_devices, s.num_replicas_in_sync, D.has_strategy())
with s.scope():
    print(D.has_strategy(), D.in_cross_replica_context(), D.get_replica_context(),
          D.get_strategy() is s)
    v = tf.Variable([1.0, 2.0], name="v")
    out = s.run(lambda: (D.in_cross_replica_context(), v * 3.0))
print(v.device, out[0], out[1].device, D.has_strategy())
d = D.get_strategy()
print(d.run(lambda: D.get_replica_context().merge_call(
    lambda st, a: (st is d, D.in_cross_replica_context(), a), args=(3,))))
D.experimental_set_strategy(s)
print(D.get_strategy() is s, D.has_strategy())
D.experimental_set_strategy(None)
print(D.has_strategy())
with s.scope():
    with tf.Graph().as_default():
        print(D.has_strategy())
try:
    d.reduce("MAX", tf.constant(1.0))
except (TypeError, ValueError) as e:
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(rnd(sess.run(out[1])))
