# tf.approx_top_k / tf.math.approx_max_k / approx_min_k: graph building (names, attrs, static
# shapes, errors, gradient ops). TF 2.21 has no CPU kernel for ApproxTopK, so values are
# checked against NumPy in tests/ops/test_approx_topk_ops.py.
from prelude import tf, np, rnd

x = tf.constant(np.zeros((3, 50, 4), np.float32))
for kw in (dict(k=3), dict(k=5, reduction_dimension=1),
           dict(k=5, reduction_dimension=1, aggregate_to_topk=False),
           dict(k=2, reduction_dimension=0, is_max_k=False), dict(k=0)):
    v, i = tf.approx_top_k(x, **kw)
    print(kw, v.shape, i.shape, v.dtype.name, i.dtype.name, v.name, i.name)
v, i = tf.math.approx_max_k(x, 3, recall_target=0.9)
print(v.name, v.op.get_attr("is_max_k"), rnd(v.op.get_attr("recall_target"), 6))
v, i = tf.nn.approx_min_k(x, 3, reduction_dimension=0)
print(v.name, v.op.get_attr("is_max_k"), v.shape)
print(tf.math.approx_min_k is tf.nn.approx_min_k, tf.math.approx_max_k is tf.nn.approx_max_k)
for kw in (dict(k=60), dict(k=2, reduction_dimension=3)):
    try:
        tf.approx_top_k(x, **kw)
    except Exception as e:  # noqa: BLE001
        print(kw, type(e).__name__)
try:
    tf.approx_top_k(tf.constant([1, 2]), 1)
except Exception as e:  # noqa: BLE001
    print("int input", type(e).__name__)
g = tf.gradients(tf.reduce_sum(tf.approx_top_k(x, 2, reduction_dimension=1)[0]), x)[0]
print(g.op.type, g.shape, g.dtype.name)
