# import_graph_def input_map with tensors, control inputs, errors.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

src = tf.Graph()
with src.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    i = tf.no_op(name="init")
    with tf.control_dependencies([i]):
        y = tf.multiply(x, 2.0, name="y")
gd = src.as_graph_def()
g = tf.Graph()
with g.as_default():
    c = tf.constant([3.0, 4.0], name="c")
    n = tf.no_op(name="n")
    y2, = tf.import_graph_def(gd, input_map={"x:0": c}, return_elements=["y:0"])
    print(y2.name, [t_.name for t_ in y2.op.inputs], [o.name for o in y2.op.control_inputs])
    t("ctrl_op", lambda: tf.import_graph_def(gd, input_map={"^init": n}, return_elements=["y:0"], name="m"))
    t("ctrl_op_t", lambda: [o.name for o in tf.import_graph_def(gd, input_map={"^init": n.outputs and c}, return_elements=["y:0"], name="m2")[0].op.control_inputs])
    t("map_x_name", lambda: tf.import_graph_def(gd, input_map={"x": c}, return_elements=["y:0"])[0].op.inputs[0].name)
    t("bad_key", lambda: tf.import_graph_def(gd, input_map={"nope:0": c}))
    t("bad_dtype", lambda: tf.import_graph_def(gd, input_map={"x:0": tf.constant([1, 2])}))
    t("bad_val", lambda: tf.import_graph_def(gd, input_map={"x:0": 3}))
    t("ctrl_tensor", lambda: tf.import_graph_def(gd, input_map={"^init": c}))
    t("bad_shape", lambda: tf.import_graph_def(gd, input_map={"x:0": tf.constant([1.0, 2.0, 3.0])}, return_elements=["y:0"])[0].shape)
    with tf.Session() as s:
        t("run", lambda: rnd(s.run(y2)))
