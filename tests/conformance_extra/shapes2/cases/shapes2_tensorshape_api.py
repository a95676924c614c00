# TensorShape API: merge_with, concatenate, compatibility, most_specific_compatible_shape, rank checks.
from prelude import tf, np, rnd

S = tf.TensorShape
a, b, u = S([None, 3]), S([2, None]), S(None)
print(a.merge_with(b), a.merge_with(u), u.merge_with(u), a.concatenate(b), a.concatenate(u), u.concatenate(a))
print(a.is_compatible_with(b), a.is_compatible_with(S([2, 4])), a.is_compatible_with(u), S([]).is_compatible_with(S([1])))
print(a.most_specific_compatible_shape(S([2, 3])), S([2, 3]).most_specific_compatible_shape(S([2, 4])),
      a.most_specific_compatible_shape(S([1, 2, 3])))
print(a.num_elements(), S([2, 3]).num_elements(), S([]).num_elements(), u.num_elements(), S([0, None]).num_elements())
print(a.ndims, u.ndims, a.rank, a.is_fully_defined(), S([1]).is_fully_defined(), a.as_list(), a.dims is None, u.dims)
print(a.with_rank(2), u.with_rank(3), a.with_rank_at_least(1), a.with_rank_at_most(5), S([1, 2, 3])[1:], a[1:], u[1:])
print(a == S([None, 3]), S([2, 3]) == S([2, 3]), S([2, 3]) != S([2, 4]), len(b), a.as_proto().dim[1].size if hasattr(a, "as_proto") else 3)
print(tf.TensorShape([tf.Dimension(2), None]), tf.Dimension(None).value, tf.Dimension(3) + 2, tf.Dimension(None) * 2)
print(tf.dimension_value(a[0]), tf.dimension_value(a[1]), tf.compat.dimension_at_index(a, 1))
for f in [lambda: a.merge_with(S([2, 4])), lambda: a.with_rank(3), lambda: a.with_rank_at_least(3), lambda: a.with_rank_at_most(1),
          lambda: u.as_list(), lambda: a.merge_with(S([1])), lambda: a.assert_is_compatible_with(S([3, 3, 3])),
          lambda: S([2, 3]).assert_is_fully_defined() or S([None]).assert_is_fully_defined(), lambda: S([-1])]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
x = tf.placeholder(tf.float32, [None, 3])
print(x.get_shape().as_list(), x.shape.as_list(), x.shape[1], x.shape[-1], str(tf.placeholder(tf.float32).shape))
