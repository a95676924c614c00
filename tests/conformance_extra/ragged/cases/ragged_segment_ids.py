# tf.ragged.row_splits_to_segment_ids and segment_ids_to_row_splits.
from prelude import tf, np, rnd

outs = [tf.ragged.row_splits_to_segment_ids([0, 2, 2, 5]),
        tf.ragged.segment_ids_to_row_splits([0, 0, 2, 2, 2]),
        tf.ragged.segment_ids_to_row_splits([0, 0, 2], num_segments=5),
        tf.ragged.row_splits_to_segment_ids(tf.constant([0, 1, 3], tf.int32)),
        tf.ragged.segment_ids_to_row_splits([1, 1], out_type=tf.int32),
        tf.ragged.row_splits_to_segment_ids([0, 3], out_type=tf.int32)]
print([o.dtype.name for o in outs], outs[1].shape, outs[2].shape)
with tf.Session() as s:
    for v in s.run(outs):
        print(v.tolist())
