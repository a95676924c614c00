# tf.gfile: Exists / MakeDirs / GFile write, read, readline, iteration, seek, tell, append mode.
import os
import tempfile
from prelude import tf, np, rnd

root = tempfile.mkdtemp()
d = os.path.join(root, "a", "b")
print(tf.gfile.Exists(d), tf.io.gfile.exists(root))
tf.gfile.MakeDirs(d)
tf.gfile.MakeDirs(d)
print(tf.gfile.Exists(d), tf.gfile.IsDirectory(d))
fn = os.path.join(d, "x.txt")
with tf.gfile.GFile(fn, "w") as f:
    print(f.mode, os.path.basename(f.name))
    f.write("line1\nline2\n")
    f.write(u"l\u00e93\n")
with tf.gfile.GFile(fn) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    print([repr(l) for l in f])
    f.seek(2)
    print(repr(f.read()))
with tf.gfile.GFile(fn, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[-4:])
    f.seek(0)
    print(f.readlines())
with tf.gfile.GFile(fn, "a") as f:
    f.write("more")
with tf.io.gfile.GFile(fn, "r") as f:
    print(f.read().split("\n"), f.size())
with tf.gfile.Open(fn, "wb") as f:
    f.write(b"\x00\x01bin")
print(tf.gfile.Stat(fn).length, tf.io.gfile.stat(fn).is_directory, tf.io.gfile.stat(d).is_directory)
with tf.gfile.FastGFile(fn, "rb") as f:
    print(f.read())
print(tf.gfile.IsDirectory(fn), tf.gfile.IsDirectory(os.path.join(root, "nope")))
