# import_graph_def errors: unknown op type, dangling inputs, bad attrs, wrong arg types.
from prelude import tf, np

def make(nodes):
    gd = tf.GraphDef()
    for name, op, inputs, attrs in nodes:
        n = gd.node.add(name=name, op=op)
        n.input.extend(inputs)
        for k, v in attrs.items():
            n.attr[k].CopyFrom(v)
    return gd

f32 = tf.AttrValue(type=tf.float32.as_datatype_enum)
i32 = tf.AttrValue(type=tf.int32.as_datatype_enum)
ph = ("x", "Placeholder", [], {"dtype": f32})
cases = {
    "unknown_op": [("a", "NoSuchOp", [], {})],
    "dangling": [ph, ("y", "Identity", ["zz:0"], {"T": f32})],
    "missing_attr": [("x", "Placeholder", [], {})],
    "type_mismatch": [ph, ("y", "Identity", ["x"], {"T": i32})],
    "bad_index": [ph, ("y", "Identity", ["x:1"], {"T": f32})],
    "dup_name": [ph, ("x", "Placeholder", [], {"dtype": f32})],
    "ctrl_missing": [ph, ("y", "Identity", ["x", "^nope"], {"T": f32})],
    "ok": [ph, ("y", "Identity", ["x", "^x"], {"T": f32})],
    "too_many_inputs": [ph, ("y", "Identity", ["x", "x"], {"T": f32})],
    "ctrl_before_data": [ph, ("n", "NoOp", [], {}), ("y", "Identity", ["^n", "x"], {"T": f32})],
}
for label, nodes in cases.items():
    with tf.Graph().as_default() as g:
        try:
            tf.import_graph_def(make(nodes), name="")
            print(label, "ok", [(op.name, [t.name for t in op.inputs], [c.name for c in op.control_inputs])
                                for op in g.get_operations()])
        except Exception as e:
            print(label, type(e).__name__)
with tf.Graph().as_default():
    for label, kw in [("input_map_list", dict(input_map=[("x", 1)])), ("name_int", dict(name=3)),
                      ("op_dict", dict(op_dict={}))]:
        try:
            tf.import_graph_def(make([ph]), **kw)
            print(label, "ok")
        except Exception as e:
            print(label, type(e).__name__)
