# Names and types of the ops a default (non-sharded) Saver builds, for two savers.
from prelude import tf, np, rnd

tf.disable_resource_variables()  # TF1's ref variables (VariableV2)

a = tf.Variable(1.0, name="a")
b = tf.Variable([1, 2], name="b")
s = tf.train.Saver()
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("save/"):
        print(op.name, op.type, [t.name for t in op.inputs][:3])
s2 = tf.train.Saver([b], name="other")
print(sorted(op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("other/")))
print(s2.saver_def.filename_tensor_name, s2.saver_def.save_tensor_name, s2.saver_def.restore_op_name)
s3 = tf.train.Saver([a])
print(s3.saver_def.filename_tensor_name, s3.saver_def.restore_op_name)
rv = tf.get_default_graph().get_operation_by_name("save/RestoreV2")
print([o.dtype.name for o in rv.outputs], rv.get_attr("dtypes"))
sv = tf.get_default_graph().get_operation_by_name("save/SaveV2")
print(sv.get_attr("dtypes"))
