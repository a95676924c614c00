"""tf.test: TestCase (sessions, evaluate, assertions), the module helpers and Benchmark.

Behaviour checked against TF 2.21's TensorFlowTestCase in graph mode (tf-oracle): the graph
seed 87654321 set in setUp, one cached session per test, AssertionError for a wrong exception
type in assertRaisesOpError.
"""

import io
import os
import unittest

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _run_case(cls):
    result = unittest.TextTestRunner(stream=io.StringIO()).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    return result


def test_setup_gives_a_fresh_seeded_graph_and_cached_session():
    seen = {}

    class Case(tf.test.TestCase):
        def test_it(self):
            seen["ops"] = len(tf.get_default_graph().get_operations())
            seen["seed"] = tf.get_default_graph().seed
            c = tf.constant([1.0, 2.0])
            with self.cached_session() as s1:
                seen["value"] = s1.run(c * 2).tolist()
            with self.cached_session() as s2:
                seen["same"] = s2 is s1
            with self.session() as s3:
                seen["fresh"] = s3 is not s1
            seen["eval"] = self.evaluate({"a": c, "b": (c,)})

    tf.constant(1.0)  # an op in the outer default graph: setUp must replace the graph
    result = _run_case(Case)
    assert result.wasSuccessful(), result.failures + result.errors
    assert seen["ops"] == 0 and seen["seed"] == 87654321
    assert seen["value"] == [2.0, 4.0] and seen["same"] and seen["fresh"]
    np.testing.assert_array_equal(seen["eval"]["b"][0], [1.0, 2.0])


def test_assertions_pass_and_fail_like_tf():
    class Case(tf.test.TestCase):
        def test_pass(self):
            y = tf.constant([2.0, 4.0])
            self.assertAllClose({"a": y, "b": [1.0]}, {"a": [2.0, 4.0], "b": [1.0]})
            self.assertAllEqual(y, [2.0, 4.0])
            self.assertAllLessEqual(y, 4.0)
            self.assertAllGreaterEqual(y, 2.0)
            self.assertAllInRange(y, 2.0, 4.0)
            self.assertShapeEqual(np.zeros(2), y)
            self.assertArrayNear([1.0, 2.0], [1.0, 2.0001], 1e-3)
            self.assertNDArrayNear(np.ones(3), np.ones(3), 1e-6)
            self.assertAllCloseAccordingToType(np.float16(1.0), np.float16(1.0005))
            with self.assertRaisesOpError("must be positive"):
                self.evaluate(tf.debugging.assert_positive(tf.constant(-1.0),
                                                           message="must be positive"))

        def test_close(self):
            self.assertAllClose([1.0, 2.0], [1.0, 2.1])

        def test_close_half_is_strict(self):
            self.assertAllClose(np.float16(1.0), np.float16(1.0005))

        def test_shape(self):
            self.assertAllEqual([1, 2], [[1, 2]])

        def test_wrong_exception(self):
            with self.assertRaisesOpError("x"):
                raise ValueError("x")

        def test_not_raised(self):
            with self.assertRaisesOpError("x"):
                pass

    result = _run_case(Case)
    failed = sorted(c.id().rsplit(".", 1)[1] for c, _ in result.failures)
    assert failed == ["test_close", "test_close_half_is_strict", "test_not_raised", "test_shape",
                      "test_wrong_exception"]
    assert not result.errors


def test_assert_shape_equal_checks_its_argument_types():
    case = tf.test.TestCase()
    with pytest.raises(TypeError, match="input_a"):
        case.assertShapeEqual([1, 2], tf.constant([1, 2]))
    with pytest.raises(TypeError, match="input_b"):
        case.assertShapeEqual(np.zeros(2), np.zeros(2))


def test_cached_session_refuses_another_graph():
    class Case(tf.test.TestCase):
        def test_it(self):
            with self.cached_session():
                pass
            with self.assertRaises(ValueError), self.cached_session(graph=tf.Graph()):
                pass

    assert _run_case(Case).wasSuccessful()


def test_use_gpu_false_pins_ops_to_the_cpu_and_force_gpu_fails():
    class Case(tf.test.TestCase):
        def test_it(self):
            with self.session(use_gpu=False):
                self.assertEqual(tf.constant(1.0).device, "/device:CPU:0")
            with self.assertRaises(tf.errors.NotFoundError), self.session(force_gpu=True):
                pass

    assert _run_case(Case).wasSuccessful()


def test_module_helpers_answer_for_tensorweave():
    assert tf.test.is_gpu_available() is False
    assert tf.test.gpu_device_name() == ""
    assert tf.test.is_built_with_cuda() is False and tf.test.is_built_with_rocm() is False
    assert os.path.isdir(tf.test.get_temp_dir())
    assert tf.test.get_temp_dir() == tf.test.get_temp_dir()
    assert tf.test.mock is unittest.mock


def test_assert_equal_graph_def():
    def build(value):
        g = tf.Graph()
        with g.as_default():
            tf.add(tf.constant(value, name="a"), 2.0, name="c")
        return g.as_graph_def()

    tf.test.assert_equal_graph_def(build(1.0), build(1.0))
    with pytest.raises(AssertionError, match="value"):
        tf.test.assert_equal_graph_def(build(1.0), build(3.0))
    with pytest.raises(TypeError):
        tf.test.assert_equal_graph_def(build(1.0), "x")


def test_benchmark_reports_and_prints_an_entry(capsys):
    class Bench(tf.test.Benchmark):
        def benchmark_add(self):
            with tf.Session() as s:
                return self.run_op_benchmark(s, tf.add(1.0, 2.0), burn_iters=1, min_iters=2)

    r = Bench().benchmark_add()
    assert r["iters"] == 2 and r["name"] == "benchmark_add" and r["wall_time"] >= 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == ["entry {", '  name: "Bench.benchmark_add"', "  iters: 2"]
