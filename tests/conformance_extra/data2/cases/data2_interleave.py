# interleave with cycle_length/block_length, flat_map ordering.
from prelude import tf, np, rnd

def drain(ds):
    n = tf.data.make_one_shot_iterator(ds).get_next()
    out = []
    with tf.Session() as sess:
        while True:
            try:
                out.append(sess.run(n).tolist())
            except tf.errors.OutOfRangeError:
                return out
src = tf.data.Dataset.range(1, 4)
rep = lambda v: tf.data.Dataset.from_tensors(v).repeat(v + 1)
print(drain(src.interleave(rep, cycle_length=2, block_length=1)))
print(drain(src.interleave(rep, cycle_length=2, block_length=2)))
print(drain(src.interleave(rep, cycle_length=3, block_length=1)))
print(drain(src.interleave(rep, cycle_length=1)))
print(drain(src.flat_map(rep)))
il = tf.data.Dataset.from_tensor_slices([[1, 2], [3, 4]]).interleave(
    lambda v: tf.data.Dataset.from_tensor_slices(v * 10), cycle_length=2)
print(il.output_shapes, drain(il))
fm = tf.data.Dataset.from_tensor_slices(([1, 2], [3, 4])).flat_map(
    lambda a, b: tf.data.Dataset.from_tensor_slices([a, b]))
print(drain(fm))
ex = tf.data.experimental.parallel_interleave(rep, cycle_length=2) if hasattr(tf.data.experimental, "parallel_interleave") else None
if ex is not None:
    print(drain(src.apply(ex)))
