# Features of unknown rank: rank 1 is expanded at run time, rank 0 fails at run time.
from prelude import tf, np, rnd

fc = tf.feature_column
x = tf.placeholder(tf.float32)
s = tf.placeholder(tf.string)
cols = [fc.numeric_column("x"), fc.indicator_column(fc.categorical_column_with_vocabulary_list("s", ["a", "b"]))]
o = fc.input_layer({"x": x, "s": s}, cols)
print(o.shape, o.dtype.name)
with tf.Session() as se:
    se.run(tf.tables_initializer())
    print(rnd(se.run(o, {x: [1.0, 2.0], s: ["a", "b"]}), 5))
    print(rnd(se.run(o, {x: [[1.0], [2.0]], s: [["a", "b"], ["b", ""]]}), 5))
    try:
        se.run(o, {x: 3.0, s: "a"})
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
