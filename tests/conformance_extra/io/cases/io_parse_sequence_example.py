# parse_single_sequence_example / parse_sequence_example with context and feature-list specs.
from prelude import tf, np, rnd

def make(n, ctx):
    s = tf.train.SequenceExample()
    s.context.feature["id"].int64_list.value.append(ctx)
    fl = s.feature_lists.feature_list["tok"]
    vl = s.feature_lists.feature_list["vl"]
    for t in range(n):
        fl.feature.add().float_list.value.extend([t, t + 0.5])
        vl.feature.add().int64_list.value.extend(range(t))
    return s.SerializeToString()

recs = [make(2, 1), make(1, 2), make(0, 3)]
one = tf.placeholder(tf.string, [], name="one")
ctx, fl = tf.io.parse_single_sequence_example(
    one, {"id": tf.io.FixedLenFeature([], tf.int64), "d": tf.io.FixedLenFeature([2], tf.float32, default_value=[1.0, 2.0])},
    {"tok": tf.io.FixedLenSequenceFeature([2], tf.float32), "vl": tf.io.VarLenFeature(tf.int64)}, example_name="ex")
print(ctx["id"].name, ctx["d"].shape.as_list(), fl["tok"].name, fl["tok"].shape.as_list(), fl["vl"].indices.shape.as_list())
print(fl["tok"].op.type)
ser = tf.placeholder(tf.string, [None], name="ser")
bc, bf, bl = tf.io.parse_sequence_example(
    ser, {"id": tf.io.FixedLenFeature([], tf.int64)},
    {"tok": tf.io.FixedLenSequenceFeature([2], tf.float32), "m": tf.io.FixedLenSequenceFeature([], tf.int64, allow_missing=True),
     "vl": tf.io.VarLenFeature(tf.int64)})
print(bf["tok"].name, bf["tok"].shape.as_list(), bl["tok"].name, bl["tok"].dtype.name, bf["vl"].dense_shape.shape.as_list())
with tf.Session() as sess:
    c, f = sess.run((ctx, fl), {one: recs[0]})
    print(c["id"], rnd(c["d"]), rnd(f["tok"]), f["vl"].indices.tolist(), f["vl"].dense_shape.tolist())
    c, f, n = sess.run((bc, bf, bl), {ser: recs})
    print(c["id"].tolist(), rnd(f["tok"]), f["m"].shape, n["tok"].tolist(), n["m"].tolist())
    print(f["vl"].indices.tolist(), f["vl"].values.tolist(), f["vl"].dense_shape.tolist())
    for feed in [b"garbage", make(1, 1).replace(b"tok", b"tox")]:
        try:
            sess.run(fl, {one: feed})
        except tf.errors.InvalidArgumentError as e:
            print(type(e).__name__, "example id: ex" in e.message, "Name: ex," in e.message)
try:
    tf.io.parse_single_sequence_example(one, None, {"a": tf.io.FixedLenSequenceFeature([], tf.int64, default_value=0)})
except ValueError as e:
    print("ValueError", e)
