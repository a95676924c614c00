# tf.distribute's default strategy: one replica, no cross-replica context, a default replica context.
from prelude import tf, np, rnd

D = tf.distribute
s = D.get_strategy()
print(type(s).__name__, isinstance(s, D.Strategy), D.has_strategy(), D.in_cross_replica_context())
print(s.num_replicas_in_sync, type(s.extended).__name__, isinstance(s.extended, D.StrategyExtended))
rc = D.get_replica_context()
print(type(rc).__name__, isinstance(rc, D.ReplicaContext), rc.num_replicas_in_sync,
      rc.replica_id_in_sync_group, rc.strategy is s)
with s.scope() as inside:
    print(inside is s, D.has_strategy(), D.in_cross_replica_context(), D.get_strategy() is s,
          D.get_replica_context() is not None)
    v = tf.Variable(1.0, name="v")
print(v.name, s.extended.variable_created_in_scope(v))
for attr in ("worker_devices", "parameter_devices"):
    try:
        getattr(s.extended, attr)
    except RuntimeError as e:
        print(type(e).__name__)
print(D.get_loss_reduction())
D.experimental_set_strategy(None)
print(D.get_strategy() is s)
