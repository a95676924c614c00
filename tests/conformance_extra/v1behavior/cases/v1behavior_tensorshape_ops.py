# TF1 TensorShape methods: merge, concatenate, compat, equality, repr in v1 mode.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
TS = tf.TensorShape
s = TS([None, 3])
t = TS([2, None])
print(s, repr(s), str(TS(None)), repr(TS(None)), repr(TS([])), TS([]))
print(repr(TS([5])), TS([5]), TS([None]), repr(TS([None])))
print(s.merge_with(t), repr(s.merge_with(t)))
print(s.concatenate(t), s.concatenate([4]))
print(s.is_compatible_with(t), s.is_compatible_with([2, 4]), s.is_compatible_with([1, 2, 3]))
print(s == TS([None, 3]), s != TS([None, 3]), TS([2, 3]) == TS([2, 3]), TS([2, 3]) == [2, 3])
print(TS([2, 3]) == (2, 3), TS([2, 3]) != [2, 4])
print(s.most_specific_compatible_shape(TS([4, 3])))
print(s.with_rank(2), s.with_rank_at_least(1), s.with_rank_at_most(3))
try:
    s.with_rank(3)
except Exception as e:  # noqa: BLE001
    print("with_rank", type(e).__name__)
try:
    s.merge_with([2, 4])
except Exception as e:  # noqa: BLE001
    print("merge", type(e).__name__)
try:
    s.assert_is_compatible_with([2, 4])
except Exception as e:  # noqa: BLE001
    print("assert_compat", type(e).__name__)
try:
    s.assert_is_fully_defined()
except Exception as e:  # noqa: BLE001
    print("fully", type(e).__name__)
print(TS([tf.Dimension(2), None, 4]), TS(tf.Dimension(3)), TS(np.array([2, 3])))
print(tf.TensorShape([1, 2]).as_proto().dim[1].size)
print(s + t, [1] + s)
print(hasattr(tf, "Dimension"), hasattr(tf, "dimension_value"))
print(tf.unknown_shape() if hasattr(tf, "unknown_shape") else "nounknown")
print(repr(s[0]), repr(s[-1]), s[0].value)
