# Python-level API argument errors: bad dtypes, shapes, names, axis types, ragged constants.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        if hasattr(r, "dtype"):
            print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        else:
            print(label, "ok", type(r).__name__)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("constant dtype str", lambda: tf.constant(1, dtype="notatype"))
B("constant dtype 'float32'", lambda: tf.constant(1, dtype="float32"))
B("constant dtype np", lambda: tf.constant(1, dtype=np.int16))
B("constant shape mismatch", lambda: tf.constant([1, 2], shape=[3]))
B("constant reshape", lambda: tf.constant([1, 2, 3, 4], shape=[2, 2]))
B("constant broadcast", lambda: tf.constant(5, shape=[2, 2]))
B("constant ragged", lambda: tf.constant([[1, 2], [3]]))
B("constant float to int", lambda: tf.constant(1.5, dtype=tf.int32))
B("constant overflow", lambda: tf.constant(300, dtype=tf.uint8))
B("constant neg uint", lambda: tf.constant(-1, dtype=tf.uint8))
B("constant str to float", lambda: tf.constant("a", dtype=tf.float32))
B("constant None", lambda: tf.constant(None))
B("constant object", lambda: tf.constant(object()))
B("constant dict", lambda: tf.constant({"a": 1}))
B("zeros [-1]", lambda: tf.zeros(shape=[-1]))
B("zeros float dim", lambda: tf.zeros([2.5]))
B("zeros dtype str", lambda: tf.zeros([2], dtype="nope"))
B("ones string", lambda: tf.ones([2], tf.string))
B("zeros string", lambda: tf.zeros([2], tf.string))
B("fill negative", lambda: tf.fill([-1], 1.0))
B("fill dims float", lambda: tf.fill([2.0], 1.0))
B("fill value vec", lambda: tf.fill([2], [1.0, 2.0]))
B("placeholder [-2]", lambda: tf.placeholder(tf.float32, shape=[-2]))
B("placeholder [-1]", lambda: tf.placeholder(tf.float32, shape=[-1]))
B("placeholder dtype None", lambda: tf.placeholder(None))
B("placeholder dtype str", lambda: tf.placeholder("float32"))
B("name 123", lambda: tf.constant(1, name=123))
B("name bad chars", lambda: tf.constant(1, name="a b"))
B("name leading _", lambda: tf.constant(1, name="_x"))
B("name_scope bad", lambda: tf.name_scope("a b").__enter__())
B("cast string->float", lambda: tf.cast(tf.constant("1"), tf.float32))
B("cast float->string", lambda: tf.cast(tf.constant(1.0), tf.string))
B("cast dtype bad", lambda: tf.cast(tf.constant(1.0), "notatype"))
B("eye negative", lambda: tf.eye(-1))
B("eye float", lambda: tf.eye(2.5))
B("convert list of tensors", lambda: tf.convert_to_tensor([tf.constant(1), 2]))
B("convert mixed tensors", lambda: tf.convert_to_tensor([tf.constant(1), tf.constant(1.0)]))
B("convert dtype conflict", lambda: tf.convert_to_tensor(tf.constant(1), dtype=tf.float32))
B("zeros_like string", lambda: tf.zeros_like(tf.constant(["a"])))
B("ones_like string", lambda: tf.ones_like(tf.constant(["a"])))
B("size out_type float", lambda: tf.size(tf.zeros([2]), out_type=tf.float32))
B("shape out_type int8", lambda: tf.shape(tf.zeros([2]), out_type=tf.int8))
