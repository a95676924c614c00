# segment_* / unsorted_segment_*: unsorted, negative, too-large ids; length mismatch; dtypes.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


data = tf.constant([1.0, 2.0, 3.0, 4.0])
B("ids len mismatch", lambda: tf.math.segment_sum(data, tf.constant([0, 0, 1])))
B("ids float", lambda: tf.math.segment_sum(data, tf.constant([0.0, 0.0, 1.0, 1.0])))
B("ids rank2", lambda: tf.math.segment_sum(data, tf.constant([[0, 0, 1, 1]])))
B("data string", lambda: tf.math.segment_sum(tf.constant(["a", "b"]), tf.constant([0, 1])))
B("data bool", lambda: tf.math.segment_max(tf.constant([True, False]), tf.constant([0, 1])))
B("unsorted num float", lambda: tf.math.unsorted_segment_sum(data, [0, 1, 0, 1], 2.0))
B("unsorted len mismatch", lambda: tf.math.unsorted_segment_sum(data, [0, 1, 0], 2))
B("unsorted ok", lambda: tf.math.unsorted_segment_max(data, [0, 1, 0, 1], 3))
B("unsorted num neg", lambda: tf.math.unsorted_segment_sum(data, [0, 1, 0, 1], -1))
B("mean int", lambda: tf.math.segment_mean(tf.constant([1, 2]), [0, 0]))
runs = [
    ("unsorted ids", tf.math.segment_sum(data, tf.constant([1, 0, 1, 1]))),
    ("negative ids", tf.math.segment_sum(data, tf.constant([-1, 0, 0, 1]))),
    ("gap ids", tf.math.segment_sum(data, tf.constant([0, 0, 3, 3]))),
    ("max gap", tf.math.segment_max(data, tf.constant([0, 2, 2, 2]))),
    ("unsorted_sum big id", tf.math.unsorted_segment_sum(data, tf.constant([0, 5, 0, 1]), 2)),
    ("unsorted_sum neg id", tf.math.unsorted_segment_sum(data, tf.constant([0, -1, 0, 1]), 2)),
    ("unsorted_max empty seg", tf.math.unsorted_segment_max(data, tf.constant([0, 0, 0, 0]), 2)),
    ("sparse_seg oob", tf.sparse.segment_sum(data, tf.constant([0, 9]), tf.constant([0, 1]))),
]
with tf.Session() as sess:
    for lab, t in runs:
        try:
            print(lab, rnd(sess.run(t)))
        except Exception as e:  # noqa: BLE001
            print(lab, "run", type(e).__name__)
