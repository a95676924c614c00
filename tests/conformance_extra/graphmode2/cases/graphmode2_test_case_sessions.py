# TestCase sessions: the graph seed, session() vs cached_session(), use_gpu=False, errors.
import io
import unittest

from prelude import tf, np, rnd

out = []


class Sessions(tf.test.TestCase):
    def test_seeded(self):
        r = tf.random.uniform([3], seed=7)
        with self.session() as s1:
            out.append(("uniform", rnd(s1.run(r))))
        with self.cached_session(use_gpu=False) as s2:
            c = tf.constant(1.0, name="c")
            out.append(("device", c.device))
            out.append(("same", s2 is s1))
        with self.session() as s3:
            out.append(("fresh", s3 is s2))
        other = tf.Graph()
        try:
            with self.cached_session(graph=other):
                pass
        except ValueError:
            out.append(("other graph", "ValueError"))
        out.append(("seed", tf.get_default_graph().seed))

    def test_graph_is_fresh(self):
        out.append(("ops", len(tf.get_default_graph().get_operations())))
        t = tf.constant([3, 4])
        out.append(("evaluate", self.evaluate(t).tolist()))


result = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Sessions))
print(result.testsRun, result.wasSuccessful())
for item in out:
    print(*item)
