# tf.TensorShape operations under v2 behavior: concatenate, merge_with, compatibility, slices, with_rank.
from prelude import tf, np, rnd

a = tf.TensorShape([2, None, 3])
b = tf.TensorShape([None, 4, 3])
u = tf.TensorShape(None)
print(a, b, u, repr(a), repr(u), a.rank, u.rank, a.ndims, a.dims, u.dims)
print(a.concatenate(b), a.concatenate([5]), u.concatenate(a), a.concatenate(u))
print(a.merge_with(b), a.merge_with(u), u.merge_with(a))
for fn in [lambda: a.merge_with([3, 4, 3]), lambda: a.merge_with([2, 4]), lambda: a.with_rank(2),
           lambda: a.with_rank_at_least(4), lambda: a.with_rank_at_most(2), lambda: u.with_rank(2),
           lambda: a.with_rank(3), lambda: a.assert_is_compatible_with([3, 1, 3]), lambda: a.assert_same_rank([1]),
           lambda: a.assert_is_fully_defined(), lambda: u.as_list(), lambda: tf.TensorShape([1, 2]).assert_has_rank(3),
           lambda: a.num_elements(), lambda: tf.TensorShape([2, 3]).num_elements(), lambda: tf.TensorShape([]).num_elements(),
           lambda: u.num_elements(), lambda: a[1], lambda: a[-1], lambda: a[1:], lambda: a[::2], lambda: u[0], lambda: u[1:],
           lambda: a[5], lambda: a["x"], lambda: len(a), lambda: len(u), lambda: list(a), lambda: a.as_list(),
           lambda: a.is_compatible_with(b), lambda: a.is_compatible_with([2, 1]), lambda: a.is_compatible_with(u),
           lambda: a.most_specific_compatible_shape(b), lambda: a.most_specific_compatible_shape([2, 5, 3]),
           lambda: a.most_specific_compatible_shape([1, 2]), lambda: a.is_fully_defined(), lambda: a == b,
           lambda: a == [2, None, 3], lambda: a != tf.TensorShape([2, None, 3]), lambda: a + b, lambda: [1] + a,
           lambda: a.is_subtype_of(b), lambda: tf.TensorShape([2, 4, 3]).is_subtype_of(b),
           lambda: str(a.as_proto()).replace("\n", " "), lambda: str(u.as_proto()).replace("\n", " "),
           lambda: tf.TensorShape([1, 2]) == tf.TensorShape([1, 2]), lambda: bool(tf.TensorShape([])), lambda: bool(u),
           lambda: tf.TensorShape([1, 2]).__hash__() == tf.TensorShape([1, 2]).__hash__(),
           lambda: tf.TensorShape([-1]), lambda: tf.TensorShape([1.5]), lambda: tf.TensorShape("ab"), lambda: tf.TensorShape(3),
           lambda: tf.TensorShape([tf.Dimension(3), None]), lambda: a.merge_with(b).is_fully_defined()]:
    try:
        r = fn()
        print(type(r).__name__, r)
    except Exception as e:
        print("ERR", type(e).__name__, str(e)[:200])
