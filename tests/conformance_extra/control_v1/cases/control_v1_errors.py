# Errors of v1 tf.cond / tf.while_loop: classes and messages.
from prelude import tf, np, rnd

tf.disable_v2_behavior()


def dump(start=0):
    """Every op from `start` on: name, type, inputs, control inputs, output shapes, loop attrs."""
    for op in tf.get_default_graph().get_operations()[start:]:
        extra = []
        for a in ("frame_name", "is_constant", "parallel_iterations", "_class"):
            try:
                extra.append("%s=%s" % (a, op.get_attr(a)))
            except Exception:  # noqa: BLE001
                pass
        shapes = [str(o.shape) for o in op.outputs if o.dtype != tf.resource]
        print(op.name, op.type, [t.name for t in op.inputs], sorted(c.name for c in op.control_inputs),
              shapes, *extra)


x = tf.placeholder(tf.float32, [3], name="x")
i32 = tf.placeholder(tf.int32, [], name="i32")
p = tf.placeholder(tf.bool, [], name="p")


def attempt(name, fn):
    try:
        r = fn()
        print(name, "ok", r)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__, str(e).split("\n")[0][:200])


attempt("int_pred", lambda: tf.cond(i32, lambda: x, lambda: x))
attempt("python_bool", lambda: tf.cond(True, lambda: x, lambda: x))
attempt("no_return", lambda: tf.cond(p, lambda: None, lambda: x))
attempt("false_no_return", lambda: tf.cond(p, lambda: x, lambda: None))
attempt("dtypes", lambda: tf.cond(p, lambda: x, lambda: tf.cast(x, tf.int32)))
attempt("lengths", lambda: tf.cond(p, lambda: (x, x), lambda: (x, x, x)))
attempt("structure", lambda: tf.cond(p, lambda: (x, [x]), lambda: (x, x)))
attempt("empty", lambda: tf.cond(p, lambda: [], lambda: []))
attempt("shape_change", lambda: tf.while_loop(lambda a: tf.size(a) < 10, lambda a: tf.concat([a, a], 0), [x]))
attempt("dtype_change", lambda: tf.while_loop(lambda a: a < 10, lambda a: tf.cast(a, tf.float32), [tf.constant(0)]))
attempt("bad_invariant", lambda: tf.while_loop(lambda a: a < 10, lambda a: a, [tf.constant(0)],
                                              shape_invariants=[tf.TensorShape([2])]))
attempt("nonscalar_max", lambda: tf.while_loop(lambda a: a < 10, lambda a: a, [tf.constant(0)],
                                              maximum_iterations=[3, 4]))
attempt("body_count", lambda: tf.while_loop(lambda a, b: a < 10, lambda a, b: a, [0, 1]))
attempt("no_vars", lambda: tf.while_loop(lambda: True, lambda: 1, []))
attempt("par_iter", lambda: tf.while_loop(lambda a: a < 3, lambda a: a + 1, [0], parallel_iterations=0))
r = tf.while_loop(lambda a: a < 3.0, lambda a: a + 1.0, [x[0]])
attempt("grad_ok", lambda: tf.gradients(r, x)[0].name)
r = tf.while_loop(lambda a: a < 3.0, lambda a: a + 1.0, [x[0]], back_prop=False)
attempt("no_back_prop", lambda: tf.gradients(r, x))
