"""Static shape functions of the math family agree with the shapes the kernels produce, for
fully known, partially known and unknown-rank inputs."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

_RNG = np.random.default_rng(3)

# name, builder(*inputs), input arrays
CASES = [
    ("add_bcast", lambda a, b: a + b, [(2, 1, 3), (4, 1)]),
    ("less_bcast", tf.less, [(3, 1), (1, 5)]),
    ("select_v2", lambda c, a: tf.where_v2(tf.greater(c, 0.0), a, 0.0), [(2, 3), (3,)]),
    ("sqrt", lambda a: tf.sqrt(tf.abs(a)), [(2, 3)]),
    ("cast", lambda a: tf.cast(a, tf.int32), [(4,)]),
    ("sum0", lambda a: tf.reduce_sum(a, 0), [(2, 3, 4)]),
    ("mean_keep", lambda a: tf.reduce_mean(a, [0, 2], keepdims=True), [(2, 3, 4)]),
    ("max_all", tf.reduce_max, [(2, 3)]),
    ("argmax", lambda a: tf.argmax(a, 1), [(2, 3, 4)]),
    ("cumsum", lambda a: tf.cumsum(a, 1), [(2, 3)]),
    ("top_k", lambda a: tf.nn.top_k(a, 2)[0], [(3, 5)]),
    ("matmul", tf.matmul, [(2, 3), (3, 4)]),
    ("matmul_t", lambda a, b: tf.matmul(a, b, transpose_a=True, transpose_b=True), [(3, 2), (4, 3)]),
    ("bmm", tf.matmul, [(5, 2, 3), (3, 4)]),
    ("einsum", lambda a, b: tf.einsum("bij,jk->bki", a, b), [(5, 2, 3), (3, 4)]),
    ("inverse", lambda a: tf.matrix_inverse(a + 4.0 * tf.eye(3)), [(2, 3, 3)]),
    ("det", lambda a: tf.matrix_determinant(a), [(2, 3, 3)]),
    ("diag_part", tf.linalg.diag_part, [(2, 3, 4)]),
    ("matrix_diag", tf.matrix_diag, [(2, 3)]),
    ("segment_sum", lambda a: tf.unsorted_segment_sum(a, [0, 2, 1], 4), [(3, 2)]),
    ("add_n", lambda a, b: tf.add_n([a, b]), [(2, 3), (2, 3)]),
    ("l2_normalize", lambda a: tf.nn.l2_normalize(a, 1), [(2, 3)]),
    ("logsumexp", lambda a: tf.reduce_logsumexp(a, 1), [(2, 3)]),
]


@pytest.mark.parametrize("mode", ["known", "partial", "unknown_rank"])
@pytest.mark.parametrize("name,build,shapes", CASES, ids=[c[0] for c in CASES])
def test_static_shape_is_compatible_with_runtime_shape(name, build, shapes, mode):
    arrays = [_RNG.standard_normal(s).astype(np.float32) for s in shapes]
    if mode == "known":
        phs = [tf.placeholder(tf.float32, s) for s in shapes]
    elif mode == "partial":
        phs = [tf.placeholder(tf.float32, [None] + list(s[1:]) if s else []) for s in shapes]
    else:
        phs = [tf.placeholder(tf.float32) for _ in shapes]
    try:
        t = build(*phs)
    except ValueError:
        assert mode == "unknown_rank", "graph construction failed with known ranks"
        return
    with tf.Session() as sess:
        out = sess.run(t, dict(zip(phs, arrays)))
    assert t.shape.is_compatible_with(np.shape(out)), (t.shape, np.shape(out))
    if mode == "known":
        assert t.shape.as_list() == list(np.shape(out))
