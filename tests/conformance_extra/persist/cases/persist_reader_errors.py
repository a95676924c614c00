# NewCheckpointReader / load_checkpoint on missing or bad paths, get_tensor on unknown keys.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
v = tf.Variable([1, 2], name="v")
s = tf.train.Saver()
with tf.Session() as sess:
    sess.run(v.initializer)
    p = s.save(sess, os.path.join(tmp, "ck"))
for path in [os.path.join(tmp, "missing"), os.path.join(tmp, "missing", "x")]:
    try:
        tf.train.NewCheckpointReader(path)
        print("opened")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:
    tf.train.load_checkpoint(os.path.join(tmp, "nope"))
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
r = tf.train.NewCheckpointReader(p)
for key in ["v", "v:0", "w"]:
    print(repr(key), r.has_tensor(key))
    try:
        print(r.get_tensor(key).tolist())
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
