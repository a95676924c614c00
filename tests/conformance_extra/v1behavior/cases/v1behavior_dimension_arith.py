# Dimension arithmetic and comparisons with known and unknown values.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
D = tf.Dimension
a, b, n = D(6), D(4), D(None)
print(repr(a + b), repr(a - b), repr(a * b), repr(a // b), repr(a % b))
print(repr(a + 1), repr(1 + a), repr(a * 2), repr(2 * a), repr(10 - a), repr(20 // a))
print(repr(a + n), repr(n * 3), repr(3 - n), repr(n // 2))
print(a == 6, a == b, a != b, a < b, a >= 6, a > 5)
print(n == 6, n != 6, n < 2, n == n)
print(a == D(6), b <= D(4))
try:
    a - 10
except Exception as e:  # noqa: BLE001
    print("neg", type(e).__name__)
try:
    a / 2
except Exception as e:  # noqa: BLE001
    print("div", type(e).__name__)
try:
    D(-1)
except Exception as e:  # noqa: BLE001
    print("negdim", type(e).__name__)
try:
    D("x")
except Exception as e:  # noqa: BLE001
    print("strdim", type(e).__name__)
try:
    D(2.5)
except Exception as e:  # noqa: BLE001
    print("floatdim", type(e).__name__)
try:
    hash(a)
except Exception as e:  # noqa: BLE001
    print("hash", type(e).__name__)
print(a.is_compatible_with(6), a.is_compatible_with(n), a.is_compatible_with(5))
print(repr(a.merge_with(n)), repr(n.merge_with(3)))
try:
    a.merge_with(5)
except Exception as e:  # noqa: BLE001
    print("merge", type(e).__name__)
print(bool(D(0)), bool(D(3)), bool(n))
print(repr(tf.Dimension(tf.Dimension(3))), repr(tf.compat.v1.Dimension(np.int64(4))))
print(int(a) * 2, float(int(b)), list(range(int(b))))
x = tf.placeholder(tf.float32, [None, 8])
print(repr(x.shape[1] * 2), repr(x.shape[0] * 2), x.shape[1] // 2 == 4)
print(repr(x.shape[1] + x.shape[1]), repr(x.shape[0] + x.shape[1]))
