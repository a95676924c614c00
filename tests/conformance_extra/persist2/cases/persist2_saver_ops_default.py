# Saver on default (resource) variables: every save/ op's name, type and inputs.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
with tf.variable_scope("s"):
    b = tf.get_variable("b", shape=[2, 3], dtype=tf.int32, initializer=tf.zeros_initializer())
c = tf.Variable([True, False], name="c", trainable=False)
saver = tf.train.Saver()
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("save/"):
        print(op.name, op.type, [t.name for t in op.inputs], [t.dtype.name for t in op.outputs])
print(saver.saver_def.filename_tensor_name, saver.saver_def.save_tensor_name, saver.saver_def.restore_op_name)
