# TensorShape behaviour: construction, compatibility, merging, errors.
from prelude import tf, np

TS = tf.TensorShape
s = TS([2, None, 3])
u = TS(None)
print(s, u, TS([]), TS([5]), repr(s), repr(u), repr(TS([])))
print(s.ndims, u.ndims, s.rank, len(s), s.as_list(), s.dims is not None, u.dims)
print(s.is_fully_defined(), TS([1, 2]).is_fully_defined(), u.is_fully_defined())
print(s.num_elements(), TS([2, 3]).num_elements(), TS([]).num_elements(), u.num_elements())
print(s.is_compatible_with([2, 5, 3]), s.is_compatible_with([2, 5]), s.is_compatible_with(u))
print(s.merge_with([None, 4, 3]))
try:
    s.merge_with([3, 4, 3])
except Exception as e:
    print(type(e).__name__)
print(s.concatenate([7]), u.concatenate([1]), s.concatenate(u))
print(s[0], s[1], s[1:], s[-1], type(s[1:]).__name__)
print(s.with_rank(3), s.with_rank_at_least(2), s.with_rank_at_most(4))
for f in [lambda: s.with_rank(2), lambda: s.with_rank_at_least(4), lambda: s.with_rank_at_most(1),
          lambda: u.as_list(), lambda: len(u), lambda: TS([1, -2]), lambda: s.assert_same_rank(TS([1])),
          lambda: TS([1, 2]).assert_is_fully_defined() or "fine",
          lambda: s.assert_is_fully_defined(), lambda: TS("abc")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print(s == TS([2, None, 3]), s == [2, None, 3], TS([1, 2]) == [1, 2], s != TS([2, 1, 3]))
print(s.most_specific_compatible_shape(TS([2, 4, 5])), u.most_specific_compatible_shape(s))
print(TS([1, 2]).is_compatible_with(TS([1, 2])), TS([1]).merge_with(u), u.merge_with(TS([1])))
print(tf.TensorShape([tf.Dimension(3), None]).as_list(), TS(np.array([2, 3])).as_list())
print(TS([2, 3]).as_proto().dim[1].size, tf.TensorShape(TS([4])).as_list())
print(TS([3]) + TS([4]))
print(bool(TS([])), bool(TS([0])), bool(u))
print(TS([2, None]).is_subtype_of(TS([None, None])) if hasattr(TS, "is_subtype_of") else "")
