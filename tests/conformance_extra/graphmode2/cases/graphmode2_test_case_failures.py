# tf.test.TestCase assertions that fail: each test fails with an AssertionError.
import io
import unittest

from prelude import tf, np, rnd


class Failing(tf.test.TestCase):
    def test_close(self):
        self.assertAllClose([1.0, 2.0], [1.0, 2.1])

    def test_close_shape(self):
        self.assertAllClose([1.0, 2.0], [[1.0, 2.0]])

    def test_close_dict_keys(self):
        self.assertAllClose({"a": 1.0}, {"b": 1.0})

    def test_equal(self):
        self.assertAllEqual(tf.constant([1, 2]), [1, 3])

    def test_less_equal(self):
        self.assertAllLessEqual(tf.constant([1.0, 5.0]), 4.0)

    def test_op_error_not_raised(self):
        with self.assertRaisesOpError("x"):
            pass

    def test_op_error_wrong_type(self):
        with self.assertRaisesOpError("x"):
            raise ValueError("x")

    def test_array_near(self):
        self.assertArrayNear([1.0], [1.5], 0.1)

    def test_in_range(self):
        self.assertAllInRange(tf.constant([0.0, 3.0]), 0.0, 2.0)

    def test_shape_equal(self):
        self.assertShapeEqual(np.zeros([2, 3]), tf.constant([1.0, 2.0]))


result = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Failing))
print(result.testsRun, len(result.failures), len(result.errors))
print(sorted(case.id().split(".")[-1] for case, _ in result.failures))
