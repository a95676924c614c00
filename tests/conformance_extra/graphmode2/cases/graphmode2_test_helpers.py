# tf.test module helpers: temp dir, GPU queries, mock, Benchmark, gradient checks.
import contextlib
import io
import os

from prelude import tf, np, rnd

print(os.path.isdir(tf.test.get_temp_dir()), tf.test.get_temp_dir() == tf.test.get_temp_dir())
print(tf.test.is_gpu_available(), repr(tf.test.gpu_device_name()))
print(tf.test.mock.MagicMock()(3) is not None, callable(tf.test.mock.patch))
print(issubclass(tf.test.TestCase, __import__("unittest").TestCase))
print(callable(tf.test.main), hasattr(tf.test.Benchmark, "report_benchmark"))
x = tf.constant([1.0, 2.0], dtype=tf.float64)
y = x * x
with tf.Session():
    err = tf.test.compute_gradient_error(x, [2], y, [2])
print(err < 1e-6)


class Bench(tf.test.Benchmark):
    def benchmark_add(self):
        with tf.Session() as s:
            r = self.run_op_benchmark(s, tf.add(1.0, 2.0), min_iters=3, name="add")
        return r


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = Bench().benchmark_add()
# The printed entry holds timings: only its first lines are stable.
print(buf.getvalue().splitlines()[:3])
print(sorted(r), r["iters"], r["name"], r["throughput"])
