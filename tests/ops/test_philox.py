"""Seeded random ops draw TensorFlow's numbers (tensorweave/ops/philox.py): first and second
runs of ops with seeds (87654321, 7), as TF 2.21 (tf.compat.v1, graph mode) printed them."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.ops import philox

TF_VALUES = {  # name: (build, first run [:4], second run [:2])
    "u32": (lambda: tf.random_uniform([5], seed=7, dtype=tf.float32),
            [0.4839409589767456, 0.5062030553817749, 0.25514376163482666, 0.12474226951599121],
            [0.618986964225769, 0.5012502670288086]),
    "u64": (lambda: tf.random_uniform([6], seed=7, dtype=tf.float64),
            [0.8715283824246434, 0.041150670730960126, 0.46408134636396414, 0.8337960817743599],
            [0.37221367000740213, 0.19126580242815594]),
    "u16": (lambda: tf.random_uniform([6], seed=7, dtype=tf.float16),
            [0.4443359375, 0.8154296875, 0.1376953125, 0.888671875], [0.146484375, 0.2705078125]),
    "ubf16": (lambda: tf.random_uniform([6], seed=7, dtype=tf.bfloat16),
              [0.5546875, 0.5234375, 0.1015625, 0.109375], [0.171875, 0.1640625]),
    "n32": (lambda: tf.random_normal([6], seed=7, dtype=tf.float32),
            [-0.046945683658123016, -1.2039023637771606, 1.1668351888656616, 1.1706204414367676],
            [0.1995762288570404, -1.2991973161697388]),
    "n64": (lambda: tf.random_normal([6], seed=7, dtype=tf.float64),
            [0.1340862416655279, 0.5069857732211678, -1.0712938719508789, 0.6226718985830445],
            [1.311254065407969, 0.507136265392749]),
    "n16": (lambda: tf.random_normal([6], seed=7, dtype=tf.float16),
            [-0.04693603515625, -1.2041015625, 1.1669921875, 1.1708984375], [0.1995849609375, -1.298828125]),
    "t32": (lambda: tf.truncated_normal([9], seed=7, dtype=tf.float32),
            [-0.046945683658123016, -1.2039023637771606, 1.1668351888656616, 1.1706204414367676],
            [-0.47286680340766907, 0.4947289824485779]),
    "t64": (lambda: tf.truncated_normal([9], seed=7, dtype=tf.float64),
            [0.1340862416655279, 0.5069857732211678, -0.3353157984791955, 1.0255299605888106],
            [-0.47526652985771267, -1.4117095098822259]),
    "i32": (lambda: tf.random_uniform([6], minval=-5, maxval=100, seed=7, dtype=tf.int32),
            [37, 62, 95, 29], [75, 42]),
    "i64": (lambda: tf.random_uniform([6], minval=-5, maxval=10 ** 12, seed=7, dtype=tf.int64),
            [553281434789, 389968060839, 819591684838, 439097564809], [88681244942, 441722920011]),
}


@pytest.mark.parametrize("name", sorted(TF_VALUES))
def test_first_and_second_runs_are_tensorflows(name):
    build, first, second = TF_VALUES[name]
    with tf.Graph().as_default():
        r = build()
        with tf.Session() as sess:
            a, b = sess.run(r), sess.run(r)
        with tf.Session() as sess:  # a new session replays the stream
            again = sess.run(r)
    np.testing.assert_allclose(np.asarray(a, np.float64)[:4], first, rtol=2e-6, atol=1e-7)
    np.testing.assert_allclose(np.asarray(b, np.float64)[:2], second, rtol=2e-6, atol=1e-7)
    np.testing.assert_array_equal(again, a)


def test_truncated_normal_stays_within_two_and_has_the_shape():
    with tf.Graph().as_default():
        r = tf.truncated_normal([300, 7], seed=3)
        with tf.Session() as sess:
            v = sess.run(r)
    assert v.shape == (300, 7) and np.abs(v).max() < 2.0
    assert abs(v.mean()) < 0.05 and 0.8 < v.std() < 0.95


def test_unseeded_ops_differ_between_sessions():
    with tf.Graph().as_default():
        r = tf.random_uniform([8])
        with tf.Session() as s1, tf.Session() as s2:
            assert (s1.run(r) != s2.run(r)).any()


def test_counter_carries_into_the_high_words():
    near = (1 << 64) - 2  # the low 64 bits overflow after two blocks
    split = philox.blocks(5, near, 4)
    joined = np.concatenate([philox.blocks(5, near, 2), philox.blocks(5, 1 << 64, 2)])
    np.testing.assert_array_equal(split, joined)


def test_shuffle_and_multinomial_follow_tensorflows_streams():
    # Recorded from TF 2.21 (two runs each).
    with tf.Graph().as_default():
        r = tf.random_shuffle(tf.range(13), seed=7)
        rows = tf.random_shuffle(tf.reshape(tf.range(12), [6, 2]), seed=7)
        m = tf.multinomial([[0., 1., 2.], [1., 1., 1.], [5., 0., -np.inf]], 5, seed=7)
        edge = tf.multinomial([[-np.inf, -np.inf], [np.nan, 1.0], [np.inf, 0.0]], 3, seed=7)
        sc = tf.random.stateless_categorical(tf.log([[0.1, 0.2, 0.7], [0.5, 0.5, 0.0]]), 6, seed=[3, 4])
        with tf.Session() as sess:
            assert sess.run(r).tolist() == [11, 8, 4, 7, 5, 1, 9, 10, 0, 12, 6, 3, 2]
            assert sess.run(r).tolist() == [8, 1, 4, 9, 0, 6, 5, 11, 12, 7, 10, 2, 3]
            assert sess.run(rows).tolist() == [[6, 7], [0, 1], [2, 3], [8, 9], [4, 5], [10, 11]]
            assert sess.run(m).tolist() == [[2, 0, 2, 2, 1], [1, 1, 0, 0, 0], [0, 0, 0, 0, 0]]
            assert sess.run(m).tolist() == [[2, 2, 2, 1, 2], [2, 1, 2, 1, 2], [0, 0, 0, 0, 0]]
            assert sess.run(edge).tolist() == [[2, 2, 2], [1, 1, 1], [1, 1, 1]]  # no finite logit: num_classes
            assert sess.run(sc).tolist() == [[2, 2, 1, 2, 2, 2], [0, 0, 1, 0, 0, 1]]


def test_gamma_and_poisson_follow_tensorflows_algorithms_and_streams():
    # Recorded from TF 2.21: Marsaglia-Tsang gamma (alpha = 1 exponential, alpha < 1 boosted),
    # Knuth / Hormann Poisson, each output from its own stretch of the stream.
    with tf.Graph().as_default():
        g = tf.random_gamma([4], alpha=[0.5, 1.0, 2.5], seed=7)
        g64 = tf.random_gamma([3], alpha=[[3.0], [0.2]], seed=7, dtype=tf.float64)
        p = tf.random_poisson([0.5, 4.0, 30.0], [5], seed=7)
        with tf.Session() as sess:
            first, second = sess.run(g), sess.run(g)
            np.testing.assert_allclose(first.ravel()[:6], [0.388620734, 0.0345794074, 4.12477589, 0.702301264, 0.350243479, 0.68220377], rtol=1e-6)
            np.testing.assert_allclose(second.ravel()[:3], [1.97235465, 0.527609706, 1.91784608], rtol=1e-6)
            np.testing.assert_allclose(sess.run(g64).ravel(), [
                3.583204714876082, 0.00014705624004776805, 3.9921309061707317, 1.1353843764565643,
                5.916731320432566, 0.4303925733525245], rtol=1e-12)
            assert sess.run(p).tolist() == [[0.0, 7.0, 28.0], [0.0, 3.0, 30.0], [1.0, 5.0, 38.0],
                                            [0.0, 5.0, 23.0], [0.0, 4.0, 27.0]]
            assert sess.run(p)[0].tolist() == [1.0, 3.0, 32.0]


@pytest.mark.parametrize("kind", ["gamma", "poisson"])
def test_vectorized_first_tries_agree_with_replaying_each_stream(kind):
    params = ([0.05, 0.3, 0.99, 1.0, 1.01, 2.0, 7.5] if kind == "gamma"
              else [0.0, 0.5, 4.0, 9.9, 10.0, 30.0, 1000.0])
    fast = getattr(philox, kind)(5, (9 << 64) + 777, params, 200)
    one = philox._gamma_one if kind == "gamma" else philox._poisson_one
    for i in range(200 * len(params)):
        p_idx, s_idx = divmod(i, 200)
        slow = one(philox._Draws(5, (9 << 64) + 777 + i * 256, np.zeros((0, 4), np.uint32)), params[p_idx])
        assert fast[p_idx + s_idx * len(params)] == pytest.approx(slow, rel=1e-12)


def test_uniform_and_log_uniform_candidate_samplers_draw_tensorflows_candidates():
    # Recorded from TF 2.21 (seeds (87654321, 7)); each run reserves 2048 words per candidate.
    with tf.Graph().as_default():
        t = tf.constant([[1], [5]], tf.int64)
        s = tf.nn.log_uniform_candidate_sampler(t, 1, 6, True, 100, seed=7)
        u = tf.nn.uniform_candidate_sampler(t, 1, 5, False, 50, seed=7)
        with tf.Session() as sess:
            sampled, true_expected, _ = sess.run(s)
            assert sampled.tolist() == [54, 0, 7, 45, 1, 8]
            np.testing.assert_allclose(true_expected.ravel(), [0.52713, 0.20041], rtol=1e-4)
            assert sess.run(s)[0].tolist() == [3, 59, 42, 0, 7, 1]
            assert sess.run(u)[0].tolist() == [39, 49, 38, 24, 6]


def test_fixed_unigram_sampler_draws_tensorflows_candidates():
    # Recorded from TF 2.21: Walker's alias table as TF builds it, a float word then a bucket word.
    with tf.Graph().as_default():
        t = tf.constant([[1], [3]], tf.int64)
        weights = [5., 1., 3., 0.5, 2., 8.]
        s = tf.nn.fixed_unigram_candidate_sampler(t, 1, 8, False, 6, unigrams=weights, seed=7)
        d = tf.nn.fixed_unigram_candidate_sampler(t, 1, 4, True, 6, unigrams=weights, distortion=0.75, seed=7)
        r = tf.nn.fixed_unigram_candidate_sampler(t, 1, 10, False, 8, unigrams=weights, num_reserved_ids=2, seed=3)
        with tf.Session() as sess:
            assert sess.run(s)[0].tolist() == [5, 4, 0, 5, 5, 5, 0, 0]
            assert sess.run(s)[0].tolist() == [0, 0, 2, 0, 5, 0, 2, 5]
            assert sess.run(d)[0].tolist() == [5, 4, 2, 3]
            assert sess.run(r)[0].tolist() == [7, 2, 4, 2, 7, 2, 7, 4, 2, 2]
