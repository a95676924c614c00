# Dimension behaviour: values, arithmetic with unknowns, comparisons, merge.
from prelude import tf, np

D = tf.Dimension
a, b, n = D(6), D(4), D(None)
print(a, n, repr(a), repr(n), a.value, n.value, int(a))
print(a + b, a - b, a * b, a // b, a % b, a + 1, 1 + a, a + n, n * 2)
print(a == 6, a == b, a == n, n == n, a != 4, a < 7, n < 7, a >= b)
print(a.is_compatible_with(6), a.is_compatible_with(5), n.is_compatible_with(5))
print(a.merge_with(n), n.merge_with(b))
try:
    a.merge_with(b)
except Exception as e:
    print(type(e).__name__)
for bad in [-1, "x", 1.5]:
    try:
        print(D(bad))
    except Exception as e:
        print(type(e).__name__)
print(tf.dimension_value(a), tf.dimension_value(n), tf.dimension_value(3))
print(tf.compat.dimension_value(a) if hasattr(tf, "compat") else 6)
s = tf.TensorShape([3, None])
print(type(s[0]).__name__, type(s.dims[0]).__name__, s.dims[0].value, s.dims[1].value)
print(tf.dimension_at_index(s, 0), tf.dimension_at_index(s, 1))
try:
    int(n)
except Exception as e:
    print(type(e).__name__)
print(D(3) // D(2), D(7) / 2 if False else "", D(3) * D(None))
print(D(D(5)).value)
