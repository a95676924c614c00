# tf.io.read_file / write_file ops: names, shapes, dtypes, run-time errors.
import os
import tempfile
from prelude import tf, np, rnd

root = tempfile.mkdtemp()
fn = os.path.join(root, "data.bin")
w = tf.io.write_file(fn, tf.constant(b"hello\x00world"))
r = tf.io.read_file(fn)
r2 = tf.read_file(tf.constant(fn), name="rf")
w2 = tf.write_file(os.path.join(root, "sub", "deep.txt"), "abc")
print(w.type, w.name, len(w.outputs))
print(r.op.type, r.name, r.dtype.name, r.shape.as_list(), r2.name)
missing = tf.io.read_file(os.path.join(root, "nope"))
with tf.Session() as sess:
    sess.run(w)
    print(sess.run(r), sess.run(r2) == sess.run(r))
    sess.run(w2)
    print(sorted(tf.gfile.ListDirectory(root)), tf.gfile.GFile(os.path.join(root, "sub", "deep.txt")).read())
    try:
        sess.run(missing)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(tf.io.read_file(root))
        print("ok")
    except Exception as e:
        print(type(e).__name__)
try:
    tf.io.read_file(tf.constant([fn, fn]))
    print("ok")
except Exception as e:
    print(type(e).__name__)
try:
    tf.io.write_file(fn, tf.constant(3))
    print("ok")
except Exception as e:
    print(type(e).__name__)
