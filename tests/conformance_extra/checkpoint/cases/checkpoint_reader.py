# NewCheckpointReader on an object-based checkpoint.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
ckpt = tf.train.Checkpoint(x=tf.Variable(tf.constant([[1.0, 2.0], [3.0, 4.0]]), name="x"),
                           y=tf.Variable(True, name="y"))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = ckpt.save(os.path.join(d, "r"), session=s)
r = tf.train.NewCheckpointReader(p)
shapes = r.get_variable_to_shape_map()
dtypes = r.get_variable_to_dtype_map()
for k in sorted(shapes):
    print(k, shapes[k], dtypes[k].name)
print(r.has_tensor("x/.ATTRIBUTES/VARIABLE_VALUE"), r.has_tensor("x"))
print(rnd(r.get_tensor("x/.ATTRIBUTES/VARIABLE_VALUE")))
print(type(r.get_tensor("_CHECKPOINTABLE_OBJECT_GRAPH")).__name__)
print(r.get_tensor("save_counter/.ATTRIBUTES/VARIABLE_VALUE"))
