# Dict children, escaping of "." and "/", and non-string keys.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b")
ckpt = tf.train.Checkpoint(table={"z": a, "x.y/w": b, "same": a})
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    p = ckpt.save(os.path.join(d, "c"), session=s)
    for name, shape in tf.train.list_variables(p):
        print(name, shape)
    bad = tf.train.Checkpoint(table={1: a})
    try:
        bad.save(os.path.join(d, "bad"), session=s)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    ok = tf.train.Checkpoint(table={1: 2.0, "k": b})
    print([n for n, _ in tf.train.list_variables(ok.write(os.path.join(d, "ok"), session=s))])
