# Odd operator uses: divmod, pow with modulo, negative integer powers, in-place operators, shifts, op names of slices.
from prelude import tf, np, rnd

i = tf.constant([2, 3], name="i")
f = tf.constant([2.0, 4.0], name="f")
fns = {
    "divmod": lambda: divmod(i, 2), "pow3": lambda: pow(i, 2, 3), "negpowf": lambda: f ** -1,
    "shift": lambda: i << 1, "rshift": lambda: i >> 1, "iadd": None, "imatmul": lambda: tf.ones([2, 2]).__imatmul__(tf.ones([2, 2])),
    "int_matmul": lambda: tf.constant([[1, 2]]) @ tf.constant([[3], [4]]), "bool_add": lambda: tf.constant([True]) + tf.constant([True]),
    "bool_neg": lambda: -tf.constant([True]), "bool_mul": lambda: tf.constant([True]) * 2, "bool_lt": lambda: tf.constant([True]) < tf.constant([False]),
    "str_lt": lambda: tf.constant("a") < tf.constant("b"), "f_mod_neg": lambda: tf.constant([-7.0, 7.0]) % tf.constant([2.0, -2.0]),
    "i_fdiv_neg": lambda: tf.constant([-7, 7]) // tf.constant([2, -2]), "i_mod_neg": lambda: tf.constant([-7, 7]) % tf.constant([2, -2]),
    "i_div_zero": lambda: tf.constant([1]) // tf.constant([0]), "f_div_zero": lambda: tf.constant([1.0, -1.0, 0.0]) / 0.0,
    "slice_names": lambda: [x.op.name for x in (f[0], f[1:], f[::-1], f[tf.newaxis], f[i[0] - 2])],
}
def run(k, fn):
    try:
        with tf.Graph().as_default():
            return run1(k, fn)
    except Exception as e:
        print(k, "ERR", type(e).__name__, str(e).splitlines()[0][:200])
def run1(k, fn):
    global i, f
    i = tf.constant([2, 3], name="i")
    f = tf.constant([2.0, 4.0], name="f")
    if True:
        r = fn()
        if isinstance(r, tuple) or isinstance(r, list) and r and isinstance(r[0], str):
            print(k, r if isinstance(r[0], str) else [x.op.type for x in r])
            return
        with tf.Session() as s:
            print(k, r.op.type, r.op.name, r.dtype.name, rnd(s.run(r), 3))
for k, fn in fns.items():
    if k == "iadd":
        x = i
        x += 1
        x *= 2
        print(k, x.op.name, x is i, i.op.name)
        continue
    run(k, fn)
