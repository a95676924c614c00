# import_meta_graph with import_scope.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
g = tf.Graph()
with g.as_default():
    a = tf.Variable(2.0, name="a")
    b = tf.multiply(a, 3.0, name="b")
    tf.add_to_collection("out", b)
    fn = os.path.join(tmp, "g.meta")
    tf.train.export_meta_graph(filename=fn)
print(sorted(os.listdir(tmp)))
g2 = tf.Graph()
with g2.as_default():
    tf.constant(1.0, name="pre")
    s = tf.train.import_meta_graph(fn, import_scope="imp")
    print([t.name for t in tf.get_collection("out")])
    print([v.name for v in tf.global_variables()])
    names = [op.name for op in g2.get_operations()]
    print(names[0], all(n.startswith("imp/") for n in names[1:]), "imp/b" in names)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(rnd(sess.run("imp/b:0")))
