# NewCheckpointReader on a checkpoint with Adam slots and global_step: names, shapes, dtypes, values.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    w = tf.get_variable("dense/w", initializer=tf.constant([[1.0, 2.0]]))
    gs = tf.train.get_or_create_global_step()
    loss = tf.reduce_sum(w * w)
    train = tf.train.AdamOptimizer(0.1).minimize(loss, global_step=gs)
    print([v.name for v in tf.global_variables()])
    print([v.op.type for v in tf.global_variables()])
    s = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(train)
        p = s.save(sess, os.path.join(tmp, "ck"))
r = tf.train.NewCheckpointReader(p)
print(type(r).__name__)
shapes = r.get_variable_to_shape_map()
dts = r.get_variable_to_dtype_map()
for k in sorted(shapes):
    print(k, shapes[k], dts[k].name)
print(r.has_tensor("dense/w/Adam"), r.has_tensor("nope"))
print(rnd(r.get_tensor("dense/w"), 4), r.get_tensor("global_step"), rnd(r.get_tensor("dense/w/Adam_1"), 5))
print(rnd(r.get_tensor("beta1_power"), 4))
try:
    r.get_tensor("nope")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
print(tf.train.list_variables(p))
