# GFile modes: reading a write-only handle, writing a read-only one, closed handles, flush, 'r+' reads.
import os
import tempfile
from prelude import tf, np, rnd

root = tempfile.mkdtemp()
fn = os.path.join(root, "m.txt")
f = tf.gfile.GFile(fn, "w")
f.write("abc")
for bad in (lambda: f.read(), lambda: f.readline()):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
f.flush()
print(tf.gfile.Stat(fn).length)
f.close()
g = tf.gfile.GFile(fn, "r")
try:
    g.write("x")
    print("ok")
except Exception as e:
    print(type(e).__name__)
print(g.read(), g.read(), g.tell())
g.close()
with tf.gfile.GFile(fn, "r+") as h:
    print(h.read())
with tf.gfile.GFile(fn, "a") as h:
    h.write("\nsecond\n\nfourth")
with tf.gfile.GFile(fn) as h:
    print([l for l in h.readlines()])
with tf.gfile.GFile(fn, "rb") as h:
    print(h.readline(), h.readline(), h.tell())
    print(list(h))
with tf.gfile.GFile(fn) as h:
    h.seek(0, 2) if True else None
    print(h.tell(), repr(h.read()))
try:
    tf.gfile.GFile(fn, "x")
    print("ok")
except Exception as e:
    print(type(e).__name__)
