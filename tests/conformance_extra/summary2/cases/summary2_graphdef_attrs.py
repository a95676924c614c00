# Summary ops in the GraphDef: op types, attrs (T, max_images, bad_color, max_outputs), input names.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None], name="x")
tf.summary.scalar("sc", x[0])
tf.summary.histogram("hi", x)
tf.summary.image("im", tf.reshape(x, [-1, 2, 2, 1]), max_outputs=2)
tf.summary.audio("au", tf.reshape(x, [1, -1]), 4000)
tf.summary.text("tx", tf.as_string(x))
tf.summary.tensor_summary("ts", x)
tf.summary.merge_all()
gd = tf.get_default_graph().as_graph_def()
for n in gd.node:
    if "Summary" in n.op:
        attrs = {}
        for k in sorted(n.attr):
            a = n.attr[k]
            f = a.WhichOneof("value")
            if f == "type":
                attrs[k] = tf.as_dtype(a.type).name
            elif f == "tensor":
                attrs[k] = tf.make_ndarray(a.tensor).tolist()
            else:
                attrs[k] = getattr(a, f)
        print(n.name, n.op, list(n.input), attrs)
print([n.name for n in gd.node if n.op == "Const" and "tag" in n.name])
