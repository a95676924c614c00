# Printed forms of default variables, their ops and read tensors, and what the saver sees of them.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
w = tf.get_variable("w", shape=[2, 2], dtype=tf.int32, initializer=tf.zeros_initializer())
print(repr(v))
print(repr(w))
print(v.op.name, v.op.type, v.handle.op.type, v.value().op.type, v.initializer.type)
print(str(v.initial_value.name), v._as_graph_element().name if hasattr(v, "_as_graph_element") else None)
up = v.assign_add([1.0, 1.0])
print(type(up).__name__, getattr(up, "name", None), up.op.type if hasattr(up, "op") else None)
up2 = v.assign([0.0, 0.0], read_value=False)
print(type(up2).__name__, up2.type)
s = tf.train.Saver()
print(tf.get_default_graph().get_operation_by_name("save/SaveV2").get_attr("dtypes"))
print([t.name for t in tf.get_default_graph().get_operation_by_name("save/SaveV2").inputs])
print(tf.make_ndarray(tf.get_default_graph().get_operation_by_name("save/SaveV2/tensor_names").get_attr("value")).tolist())
