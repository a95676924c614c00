# list_variables / load_variable / load_checkpoint with a directory or a prefix, ":0" suffixes.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.variable_scope("net"):
    w = tf.get_variable("w", initializer=tf.constant([[1.0, 2.0], [3.0, 4.0]]))
    b = tf.get_variable("b", initializer=tf.constant([0.5, -0.5]))
gs = tf.train.get_or_create_global_step()
s = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p = s.save(sess, os.path.join(tmp, "model.ckpt"), global_step=gs)
print(os.path.basename(p))
print(tf.train.list_variables(tmp))
print(tf.train.list_variables(p) == tf.train.list_variables(tmp))
print(rnd(tf.train.load_variable(tmp, "net/w")))
print(rnd(tf.train.load_variable(p, "net/b:0")))
g = tf.train.load_variable(tmp, "global_step")
print(g, type(g).__name__, getattr(g, "dtype", None))
r = tf.train.load_checkpoint(tmp)
print(type(r).__name__ in ("CheckpointReader", "NewCheckpointReader", "_CheckpointReader"), sorted(r.get_variable_to_shape_map()))
try:
    tf.train.load_variable(tmp, "net/zzz")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
for bad in [os.path.join(tmp, "empty_dir"), os.path.join(tmp, "nothing")]:
    os.makedirs(os.path.join(tmp, "empty_dir"), exist_ok=True)
    try:
        tf.train.list_variables(bad)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
