# A tf.while_loop's GraphDef node: op type, attr keys, input count; values after an import.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [], name="x")
    i, acc = tf.while_loop(lambda i, a: i < 4, lambda i, a: (i + 1, a * x), [0, 1.0], name="loop")
    out = tf.identity(acc, name="out")
    dx = tf.identity(tf.gradients(acc, x)[0], name="dx")
gd = g.as_graph_def()
loops = [n for n in gd.node if n.op in ("While", "StatelessWhile")]
print(sorted(set(n.op for n in loops)), len(loops))
n = [n for n in loops if n.name == "loop"][0]
print(n.name, sorted(n.attr.keys()), len(n.input), [t for t in n.attr["T"].list.type])
print(n.attr["parallel_iterations"].i, len(n.attr["output_shapes"].list.shape))
print(len(gd.library.function) >= 2)
with tf.Graph().as_default():
    o, d = tf.import_graph_def(gd, return_elements=["out:0", "dx:0"], name="")
    with tf.Session() as s:
        print(s.run([o, d], {"x:0": 1.5}))
