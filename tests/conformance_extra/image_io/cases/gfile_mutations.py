# tf.gfile: Remove, Rename (overwrite), Copy (overwrite), DeleteRecursively, and NotFound / AlreadyExists errors.
import os
import tempfile
from prelude import tf, np, rnd

root = tempfile.mkdtemp()
p = lambda *n: os.path.join(root, *n)
with tf.gfile.GFile(p("a"), "w") as f:
    f.write("AAA")
with tf.gfile.GFile(p("b"), "w") as f:
    f.write("B")
tf.gfile.Copy(p("a"), p("c"))
print(sorted(tf.gfile.ListDirectory(root)))
for fn in (lambda: tf.gfile.Copy(p("a"), p("b")), lambda: tf.gfile.Rename(p("a"), p("b")),
           lambda: tf.gfile.Remove(p("zzz")), lambda: tf.gfile.Copy(p("zzz"), p("q")),
           lambda: tf.gfile.Rename(p("zzz"), p("q")), lambda: tf.gfile.Stat(p("zzz")),
           lambda: tf.gfile.GFile(p("zzz")).read(), lambda: tf.gfile.DeleteRecursively(p("zzz")),
           lambda: tf.gfile.MkDir(p("x", "y")), lambda: tf.gfile.GFile(p("nodir", "f"), "w").write("x")):
    try:
        fn()
        print("ok")
    except Exception as e:
        print(type(e).__name__, isinstance(e, tf.errors.OpError))
tf.gfile.Copy(p("a"), p("b"), overwrite=True)
tf.gfile.Rename(p("c"), p("d"))
print(sorted(tf.gfile.ListDirectory(root)), tf.gfile.GFile(p("b")).read())
tf.gfile.Rename(p("d"), p("b"), overwrite=True)
tf.gfile.Remove(p("a"))
print(sorted(tf.gfile.ListDirectory(root)))
tf.gfile.MkDir(p("x"))
try:
    tf.gfile.MkDir(p("x"))
    print("ok")
except Exception as e:
    print(type(e).__name__)
tf.gfile.MakeDirs(p("x", "y", "z"))
with tf.gfile.GFile(p("x", "y", "f"), "w") as f:
    f.write("f")
tf.gfile.DeleteRecursively(p("x"))
print(sorted(tf.gfile.ListDirectory(root)), tf.gfile.Exists(p("x")))
try:
    tf.gfile.Remove(root)
    print("ok")
except Exception as e:
    print(type(e).__name__)
print(tf.io.gfile.exists(p("b")), tf.io.gfile.isdir(root))
tf.io.gfile.remove(p("b"))
print(tf.io.gfile.listdir(root))
