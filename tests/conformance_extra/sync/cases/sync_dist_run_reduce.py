# Default strategy's run, reduce and replica-context all_reduce, as graph ops and values.
from prelude import tf, np, rnd

D = tf.distribute
s = D.get_strategy()
x = tf.constant([1.0, 2.0, 4.0])
doubled = s.run(lambda a: a * 2.0, args=(x,))
plus = s.run(lambda a, b=0.0: a + b, args=(x,), kwargs={"b": 1.0})


def replica_fn():
    ctx = D.get_replica_context()
    return (ctx.replica_id_in_sync_group, ctx.all_reduce("SUM", tf.constant(3.0)),
            D.in_cross_replica_context(), ctx.num_replicas_in_sync)


rid, total, cross, nrep = s.run(replica_fn)
print(doubled.name, plus.name, rid.name, rid.dtype.name, total.op.type, cross, nrep)
same = s.reduce("SUM", x, axis=None)
red_sum = s.reduce(D.ReduceOp.SUM, x, axis=0)
red_mean = s.reduce(D.ReduceOp.MEAN, x, axis=0)
print(same is x, red_sum.shape, red_mean.op.type, red_mean.dtype.name)
print(s.experimental_local_results(x)[0] is x, len(s.experimental_local_results(x)))
print(s.extended.reduce_to("SUM", x, destinations=x) is x)
print(s.extended.call_for_each_replica(lambda: 5))
with tf.Session() as sess:
    print(rnd(sess.run([doubled, plus, rid, total, red_sum, red_mean])))
