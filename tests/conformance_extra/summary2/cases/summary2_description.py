# tf.summary.SummaryDescription, get_summary_description on summary NodeDefs, all_v2_summary_ops/initialize.
from prelude import tf, np, rnd

d = tf.summary.SummaryDescription(type_hint="scalar")
print(type(d).__name__, d.type_hint, tf.summary.SummaryDescription.FromString(d.SerializeToString()).type_hint)
s = tf.summary.scalar("s", tf.constant(1.0))
try:
    tf.summary.get_summary_description(s.op.node_def)
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
ts = tf.summary.tensor_summary("t", tf.constant([1.0]))
print(ts.op.type)
try:
    r = tf.summary.get_summary_description(ts.op.node_def)
    print(type(r).__name__, repr(r.type_hint))
except Exception as e:  # noqa: BLE001
    print("v2", type(e).__name__)
print(tf.summary.all_v2_summary_ops())
with tf.Session() as sess:
    try:
        print(tf.summary.initialize(session=sess))
    except Exception as e:  # noqa: BLE001
        print("initialize", type(e).__name__)
