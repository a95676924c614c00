# Operation.get_attr for several attr kinds, node_def attrs, op_def names.
from prelude import tf, np

a = tf.constant([[1.0, 2.0]], name="a")
m = tf.matmul(a, a, transpose_b=True, name="m")
p = tf.placeholder(tf.int32, shape=[None, 2], name="p")
c = tf.cast(p, tf.float32, name="c")
r = tf.reduce_sum(a, axis=1, keepdims=True, name="r")
s = tf.strided_slice(a, [0], [1], name="s")
cc = tf.concat([a, a], 0, name="cc")
print(m.op.get_attr("T"), m.op.get_attr("transpose_a"), m.op.get_attr("transpose_b"))
print(p.op.get_attr("dtype"), p.op.get_attr("shape"))
print(c.op.get_attr("SrcT"), c.op.get_attr("DstT"), c.op.get_attr("Truncate"))
print(r.op.get_attr("keep_dims"), r.op.get_attr("Tidx"))
print(s.op.get_attr("begin_mask"), s.op.get_attr("shrink_axis_mask"), cc.op.get_attr("N"))
print(a.op.get_attr("dtype"), tf.make_ndarray(a.op.get_attr("value")).tolist())
try:
    m.op.get_attr("nope")
except Exception as e:
    print(type(e).__name__, str(e))
print(sorted(m.op.node_def.attr.keys()))
print(sorted(c.op.node_def.attr.keys()))
print(m.op.op_def.name, [x.name for x in m.op.op_def.input_arg], [x.name for x in m.op.op_def.output_arg])
print(type(m.op.get_attr("T")).__name__)
print(m.op.values() == (m,), type(m.op.values()).__name__, type(m.op.outputs).__name__, type(m.op.inputs).__name__)
print(list(m.op.inputs) == [a, a], len(m.op.inputs), m.op.inputs[0].name)
print(m.op.device == "", m.op.graph is tf.get_default_graph(), m.graph is m.op.graph)
print(tf.get_default_graph().get_operation_by_name("m").node_def.op)
