# tf.io.decode_json_example: TF's exact binary Example bytes (field order, unpacked numbers),
# name spellings, parse_example on the result, and errors.
from prelude import tf, np, rnd

js = [
    '{"features": {"feature": {"b": {"int64List": {"value": ["1", "-2"]}}, '
    '"a": {"floatList": {"value": [1.5, 2]}}, "z": {"bytesList": {"value": ["aGVsbG8="]}}}}}',
    '{}',
    '{"features": {}}',
    '{"features": {"feature": {"k": {"int64_list": {"value": [7, 9007199254740993]}}}}}',
    '{"features": {"feature": {"f": {"floatList": {"value": ["NaN", -0.0, 1e-3]}}}}}',
]
t = tf.io.decode_json_example(tf.constant(js))
print(t.name, t.dtype.name, t.shape, tf.decode_json_example is tf.io.decode_json_example)
m = tf.io.decode_json_example(tf.constant([[js[1], js[2]]]))
print(m.shape)
with tf.Session() as s:
    for v in s.run(t):
        print(v.hex())
    p = tf.io.parse_example(t[:1], {"b": tf.io.VarLenFeature(tf.int64),
                                    "a": tf.io.FixedLenFeature([2], tf.float32),
                                    "z": tf.io.FixedLenFeature([], tf.string)})
    out = s.run(p)
    print(out["b"].values.tolist(), rnd(out["a"]), out["z"].tolist())
    for bad in ('{"features": 3}', 'not json', '{"unknown": 1}',
                '{"features": {"feature": {"x": {"int64List": {"value": ["abc"]}}}}}',
                '{"features": {"feature": {"x": {"bytesList": {"value": [1]}}}}}'):
        try:
            s.run(tf.io.decode_json_example(tf.constant(bad)))
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
