# String conversions and string-op misuse: to_number failures at run, string ops on numbers.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


B("to_number int", lambda: tf.strings.to_number(tf.constant([1])))
B("to_number out string", lambda: tf.strings.to_number(tf.constant(["1"]), out_type=tf.string))
B("to_number out int8", lambda: tf.strings.to_number(tf.constant(["1"]), out_type=tf.int8))
B("string_join int", lambda: tf.strings.join([tf.constant(["a"]), tf.constant([1])]))
B("string_join shapes", lambda: tf.strings.join([tf.constant(["a", "b"]), tf.constant(["a", "b", "c"])]))
B("length float", lambda: tf.strings.length(tf.constant([1.0])))
B("substr float pos", lambda: tf.strings.substr(tf.constant(["abc"]), 0.0, 1))
B("as_string string", lambda: tf.as_string(tf.constant(["a"])))
B("as_string bool", lambda: tf.as_string(tf.constant([True])))
B("as_string precision int", lambda: tf.as_string(tf.constant([1]), precision=2))
B("regex int", lambda: tf.strings.regex_full_match(tf.constant([1]), "a"))
B("upper int", lambda: tf.strings.upper(tf.constant([1])))
B("split int", lambda: tf.strings.split(tf.constant([1])))
B("string add int", lambda: tf.constant(["a"]) + 1)
p = tf.placeholder(tf.string, [None])
n = tf.strings.to_number(p)
ni = tf.strings.to_number(p, out_type=tf.int32)
sub = tf.strings.substr(p, 5, 1)
with tf.Session() as sess:
    for pv in [["1.5", "-2"], ["abc"], [" 3"], ["1e3"], ["nan"], [""], ["3000000000"]]:
        for lab, t in [("float", n), ("int", ni)]:
            try:
                print(lab, pv, rnd(sess.run(t, {p: pv})))
            except Exception as e:  # noqa: BLE001
                print(lab, pv, "run", type(e).__name__)
    try:
        print("substr", sess.run(sub, {p: ["abc"]}).tolist())
    except Exception as e:  # noqa: BLE001
        print("substr run", type(e).__name__)
