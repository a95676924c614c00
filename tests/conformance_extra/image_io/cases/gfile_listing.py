# tf.gfile listing: Glob, ListDirectory, Walk order, IsDirectory; results printed relative to the root.
import os
import tempfile
from prelude import tf, np, rnd

root = tempfile.mkdtemp()
for sub in ["d1", "d2/e", "d3"]:
    tf.gfile.MakeDirs(os.path.join(root, sub))
for name in ["b.txt", "a.txt", "c.csv", "d1/x.txt", "d2/y.txt", "d2/e/z.txt"]:
    with tf.gfile.GFile(os.path.join(root, name), "w") as f:
        f.write(name)
rel = lambda p: os.path.relpath(p, root)
print(sorted(tf.gfile.ListDirectory(root)))
print(sorted(tf.io.gfile.listdir(os.path.join(root, "d2"))))
print(sorted(rel(p) for p in tf.gfile.Glob(os.path.join(root, "*.txt"))))
print(sorted(rel(p) for p in tf.io.gfile.glob(os.path.join(root, "*", "*.txt"))))
print(sorted(rel(p) for p in tf.gfile.Glob(os.path.join(root, "[ab].*"))))
print(tf.gfile.Glob(os.path.join(root, "nomatch*")))
for top, dirs, files in tf.gfile.Walk(root):
    print(rel(top), sorted(dirs), sorted(files))
print([rel(t) for t, _, _ in tf.io.gfile.walk(root, topdown=False)])
print(list(tf.gfile.Walk(os.path.join(root, "missing"))))
m = tf.io.matching_files(os.path.join(root, "*.txt"))
m2 = tf.io.matching_files([os.path.join(root, "c.*"), os.path.join(root, "d1", "*")])
print(m.op.type, m.dtype.name, m.shape.as_list(), m2.shape.as_list())
with tf.Session() as sess:
    print(sorted(rel(p.decode()) for p in sess.run(m)))
    print(sorted(rel(p.decode()) for p in sess.run(m2)))
    print(sess.run(tf.io.matching_files(os.path.join(root, "zz*"))).tolist())
try:
    tf.gfile.ListDirectory(os.path.join(root, "missing"))
except Exception as e:
    print(type(e).__name__)
