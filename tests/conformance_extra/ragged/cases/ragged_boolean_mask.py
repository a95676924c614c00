# tf.ragged.boolean_mask with ragged masks, row masks and dense inputs.
from prelude import tf, np, rnd

rc = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
outs = [tf.ragged.boolean_mask(rc, tf.ragged.constant([[True, False], [], [True, True, False]])),
        tf.ragged.boolean_mask(rc, [True, False, True]),
        tf.ragged.boolean_mask([[1, 2, 3], [4, 5, 6]], [[True, False, True], [False, False, True]]),
        tf.ragged.boolean_mask(m, tf.ragged.constant([[[True, False], [True]], [[False, True, True]]])),
        tf.ragged.boolean_mask(rc, rc > 2)]
print([(o.shape.as_list(), o.dtype.name) for o in outs])
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list())
