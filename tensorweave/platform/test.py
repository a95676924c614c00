"""tf.test: TestCase (TF's TensorFlowTestCase in graph mode), main, Benchmark and helpers.

`TestCase` is a `unittest.TestCase` that, like TF's, resets the default graph and gives it the
graph-level seed 87654321 in `setUp`, keeps one cached session per test (`cached_session`),
evaluates tensors and nested structures with `evaluate`, and adds TF's array assertions
(`assertAllClose` with dtype-dependent tolerances, `assertAllEqual`, ...). The device queries
answer for tensorweave itself: it computes with NumPy on the CPU, so there is no GPU, CUDA or
ROCm; `is_built_with_xla` says whether the optional JAX (XLA) backend can be used.
"""

import contextlib
import importlib.util
import math
import os
import re
import sys
import tempfile
import time
import unittest
from unittest import mock  # noqa: F401  (tf.test.mock)

import numpy as np

from tensorweave.framework import context, dtypes, errors, nest
from tensorweave.framework import ops as _ops

DEFAULT_GRAPH_SEED = 87654321
_temp_dir = None


def get_temp_dir():
    """A temporary directory for this test process (created once, removed at exit)."""
    global _temp_dir
    if _temp_dir is None:
        import atexit
        import shutil

        _temp_dir = tempfile.mkdtemp(prefix=os.path.basename(sys.argv[0] or "test") + "_")
        atexit.register(shutil.rmtree, _temp_dir, ignore_errors=True)
    return _temp_dir


def main(argv=None):
    """Runs the tests of `__main__` (unittest's runner); exits with its status."""
    return unittest.main(module="__main__", argv=argv)


# ------------------------------------------------------------------ devices and build
def is_gpu_available(cuda_only=False, min_cuda_compute_capability=None):
    """False: tensorweave computes with NumPy on the CPU."""
    return False


def gpu_device_name():
    """'' : tensorweave has no GPU device."""
    return ""


def is_built_with_cuda():
    return False


def is_built_with_rocm():
    return False


def is_built_with_gpu_support():
    return False


def is_built_with_xla():
    """Whether the optional compiled backend (JAX, which runs XLA) is installed."""
    return importlib.util.find_spec("jax") is not None


def is_cpu_target_available(target):
    """Whether `target` names this machine's CPU architecture (tensorweave has no LLVM)."""
    import platform

    machine = platform.machine().lower()
    aliases = {"x86": ("x86_64", "amd64", "i386", "i686"), "aarch64": ("aarch64", "arm64"),
               "arm": ("arm", "armv7l", "aarch64", "arm64")}
    return machine in aliases.get(str(target).lower(), (str(target).lower(),))


def disable_with_predicate(pred, skip_message):
    """Decorator: skips the test (method or class) when `pred()` is true."""

    def decorate(func):
        if isinstance(func, type):
            return unittest.skipIf(pred(), skip_message)(func)

        def wrapper(self, *args, **kwargs):
            if pred():
                self.skipTest(skip_message)
            return func(self, *args, **kwargs)

        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        return wrapper

    return decorate


def with_eager_op_as_function(cls=None, only_as_function=False):
    """Graph mode has no eager ops: the test class is returned as it is."""
    if cls is None:
        return lambda c: c
    return cls


def benchmark_config():
    """A ConfigProto for benchmarks (TF turns off Grappler's dependency optimizer)."""
    from tensorweave.protos import config_pb2, rewriter_config_pb2

    config = config_pb2.ConfigProto()
    config.graph_options.rewrite_options.dependency_optimization = \
        rewriter_config_pb2.RewriterConfig.OFF
    return config


def assert_equal_graph_def(expected, actual, checkpoint_v2=False, hash_table_shared_name=False):
    """Raises AssertionError unless two GraphDefs hold the same nodes (in any order).

    `checkpoint_v2` ignores the random suffix of SaveV2's `_temp_<uuid>/part` constants and
    `hash_table_shared_name` the `shared_name` attrs of hash tables, as in TF."""
    from tensorweave.protos import graph_pb2

    if not isinstance(actual, graph_pb2.GraphDef):
        raise TypeError("Expected tf.GraphDef for actual, got %s" % type(actual).__name__)
    if not isinstance(expected, graph_pb2.GraphDef):
        raise TypeError("Expected tf.GraphDef for expected, got %s" % type(expected).__name__)
    if checkpoint_v2:
        _strip_checkpoint_v2_randomness(actual)
        _strip_checkpoint_v2_randomness(expected)
    if hash_table_shared_name:
        _strip_hash_table_shared_name(actual)
        _strip_hash_table_shared_name(expected)
    diff = _graph_def_difference(expected, actual)
    if diff:
        raise AssertionError(diff)


def _graph_def_difference(expected, actual):
    exp = {n.name: n for n in expected.node}
    act = {n.name: n for n in actual.node}
    missing = sorted(set(exp) - set(act))
    extra = sorted(set(act) - set(exp))
    if missing or extra:
        return "Only in expected: %s; only in actual: %s" % (missing, extra)
    for name in sorted(exp):
        a, b = exp[name], act[name]
        if a.op != b.op:
            return "Node %s: op %s != %s" % (name, a.op, b.op)
        if sorted(a.input) != sorted(b.input) or list(a.input) != list(b.input):
            data_a = [i for i in a.input if not i.startswith("^")]
            data_b = [i for i in b.input if not i.startswith("^")]
            ctrl_a = sorted(i for i in a.input if i.startswith("^"))
            ctrl_b = sorted(i for i in b.input if i.startswith("^"))
            if data_a != data_b or ctrl_a != ctrl_b:
                return "Node %s: inputs %s != %s" % (name, list(a.input), list(b.input))
        if a.device != b.device:
            return "Node %s: device %r != %r" % (name, a.device, b.device)
        keys = set(a.attr) | set(b.attr)
        for key in sorted(keys):
            if key not in a.attr or key not in b.attr:
                return "Node %s: attr %r only in %s" % (
                    name, key, "expected" if key in a.attr else "actual")
            if a.attr[key] != b.attr[key]:
                return "Node %s: attr %r differs:\n%s\nvs\n%s" % (name, key, a.attr[key],
                                                                   b.attr[key])
    return None


def _strip_checkpoint_v2_randomness(graph_def):
    pattern = re.compile(rb"<?_temp_[0-9a-f]{32}/part>?")
    for node in graph_def.node:
        value = node.attr.get("value") if "value" in node.attr else None
        if value is not None and value.tensor.string_val:
            strings = list(value.tensor.string_val)
            if len(strings) == 1 and pattern.search(strings[0]):
                value.tensor.string_val[0] = pattern.sub(b"", strings[0])


def _strip_hash_table_shared_name(graph_def):
    for node in graph_def.node:
        if node.op.startswith(("HashTable", "MutableHashTable")) and "shared_name" in node.attr:
            node.attr["shared_name"].s = b""


def create_local_cluster(num_workers, num_ps, protocol="grpc", worker_config=None,
                         ps_config=None):
    """Starts `num_workers` worker and `num_ps` ps servers of one cluster on free local ports;
    returns (workers, ps_servers), lists of tf.train.Server."""
    import socket

    from tensorweave.training.server_lib import ClusterSpec, Server

    def free_port():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("localhost", 0))
            return s.getsockname()[1]

    cluster = {"worker": ["localhost:%d" % free_port() for _ in range(num_workers)]}
    if num_ps > 0:
        cluster["ps"] = ["localhost:%d" % free_port() for _ in range(num_ps)]
    cs = ClusterSpec(cluster)
    workers = [Server(cs, job_name="worker", protocol=protocol, task_index=i,
                      config=worker_config, start=True) for i in range(num_workers)]
    ps_servers = [Server(cs, job_name="ps", protocol=protocol, task_index=i, config=ps_config,
                         start=True) for i in range(num_ps)]
    return workers, ps_servers


# ------------------------------------------------------------------ Benchmark
class Benchmark:
    """Base class of benchmarks: `report_benchmark` logs (and keeps) one result."""

    def __init__(self):
        self.reported = []

    def is_abstract(self):
        return False

    def report_benchmark(self, iters=None, cpu_time=None, wall_time=None, throughput=None,
                         extras=None, name=None, metrics=None):
        name = "%s.%s" % (type(self).__name__, name or self._default_name())
        entry = {"name": name, "iters": iters, "cpu_time": cpu_time, "wall_time": wall_time,
                 "throughput": throughput, "extras": dict(extras or {}),
                 "metrics": list(metrics or [])}
        self.reported.append(entry)
        # As TF without TEST_REPORT_FILE_PREFIX: the entry is printed (a BenchmarkEntries
        # message in text form).
        print(_entry_text(entry))
        return entry

    def _default_name(self):
        frame = sys._getframe(2)
        return frame.f_code.co_name

    def run_op_benchmark(self, sess, op_or_tensor, feed_dict=None, burn_iters=2, min_iters=10,
                         store_trace=False, store_memory_usage=True, name=None, extras=None,
                         mbs=0):
        """Runs `op_or_tensor` burn_iters times, then times min_iters runs; reports and returns
        {"iters", "wall_time" (median seconds per run), "extras", "name"}."""
        for _ in range(burn_iters):
            sess.run(op_or_tensor, feed_dict=feed_dict)
        deltas = []
        for _ in range(min_iters):
            start = time.time()
            sess.run(op_or_tensor, feed_dict=feed_dict)
            deltas.append(time.time() - start)
        extras = dict(extras or {})
        if mbs:
            extras["throughput_mbs"] = mbs / float(np.median(deltas)) if np.median(deltas) else 0.0
        name = name or self._default_name()
        wall = float(np.median(deltas)) if deltas else 0.0
        self.report_benchmark(iters=min_iters, wall_time=wall, extras=extras, name=name)
        return {"iters": min_iters, "wall_time": wall, "extras": extras, "name": name,
                "throughput": mbs / wall if mbs and wall else 0.0}

    def evaluate(self, tensors):
        sess = context.get_default_session()
        if sess is None:
            raise ValueError("Benchmark.evaluate needs a default session (`with sess.as_default()`)")
        return sess.run(tensors)


def _entry_text(entry):
    lines = ["entry {", '  name: "%s"' % entry["name"]]
    for key in ("iters", "cpu_time", "wall_time", "throughput"):
        if entry[key] is not None:
            lines.append("  %s: %s" % (key, entry[key]))
    for key in sorted(entry["extras"]):
        value = entry["extras"][key]
        kind = "double_value" if isinstance(value, (int, float)) else "string_value"
        text = value if kind == "double_value" else '"%s"' % value
        lines += ["  extras {", '    key: "%s"' % key, "    value {",
                  "      %s: %s" % (kind, text), "    }", "  }"]
    lines.append("}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ TestCase
def _is_tensor_like(x):
    from tensorweave.training.variables import Variable

    return isinstance(x, (_ops.Tensor, Variable))


class TestCase(unittest.TestCase):
    """TF's test case in graph mode: a fresh seeded default graph per test, a cached session,
    `evaluate` and the array assertions."""

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._cached_session = None
        self._cached_graph = None
        self._tempdir = None

    def setUp(self):
        import random

        self._clear_cached_session()
        random.seed(DEFAULT_GRAPH_SEED)
        np.random.seed(DEFAULT_GRAPH_SEED)
        context.reset_default_graph()
        context.get_default_graph().seed = DEFAULT_GRAPH_SEED

    def tearDown(self):
        self._clear_cached_session()

    def _clear_cached_session(self):
        if self._cached_session is not None:
            self._cached_session.close()
            self._cached_session = None
            self._cached_graph = None

    def get_temp_dir(self):
        """A temporary directory for this test (one per test method)."""
        if self._tempdir is None:
            self._tempdir = tempfile.mkdtemp(dir=get_temp_dir(),
                                             prefix=re.sub(r"[^\w.]", "_", self.id()) + "_")
        return self._tempdir

    # ---------------------------------------------------------------- sessions
    def _new_session(self, graph, config):
        from tensorweave.client.session import Session

        return Session(graph=graph, config=config)

    @contextlib.contextmanager
    def _as_default(self, sess, use_gpu, force_gpu):
        if force_gpu:
            raise errors.NotFoundError(None, None, "force_gpu=True but tensorweave has no GPU "
                                                   "device (tf.test.is_gpu_available() is False)")
        with sess.graph.as_default(), sess.as_default():
            if not use_gpu:
                with sess.graph.device("/device:CPU:0"):
                    yield sess
            else:
                yield sess

    @contextlib.contextmanager
    def cached_session(self, graph=None, config=None, use_gpu=True, force_gpu=False):
        """The session cached for this test (made on first use), as the default session."""
        graph = context.get_default_graph() if graph is None else graph
        if self._cached_session is None:
            self._cached_session = self._new_session(graph, config)
            self._cached_graph = graph
        elif graph is not self._cached_graph:
            raise ValueError("The graph used to get the cached session is different than the one "
                             "that was used to create the session. Maybe create a new session "
                             "with self.session()")
        with self._as_default(self._cached_session, use_gpu, force_gpu) as sess:
            yield sess

    @contextlib.contextmanager
    def session(self, graph=None, config=None, use_gpu=True, force_gpu=False):
        """A new session (closed on exit) on `graph` (default: the default graph)."""
        graph = context.get_default_graph() if graph is None else graph
        sess = self._new_session(graph, config)
        try:
            with self._as_default(sess, use_gpu, force_gpu) as s:
                yield s
        finally:
            sess.close()

    def test_session(self, graph=None, config=None, use_gpu=True, force_gpu=False):
        """Deprecated: the cached session, or a new one when `graph` is given."""
        if self.id().endswith(".test_session"):
            # unittest collects this method as a test (its name starts with "test"), as in TF.
            self.skipTest("Not a test.")
        return self._test_session(graph, config, use_gpu, force_gpu)

    @contextlib.contextmanager
    def _test_session(self, graph, config, use_gpu, force_gpu):
        if graph is None:
            with self.cached_session(None, config, use_gpu, force_gpu) as sess:
                yield sess
        else:
            with self.session(graph, config, use_gpu, force_gpu) as sess:
                yield sess

    def evaluate(self, tensors):
        """Runs tensors (any nested structure) in the default session, or the cached one."""
        sess = context.get_default_session()
        if sess is not None:
            return sess.run(tensors)
        with self.test_session() as sess:
            return sess.run(tensors)

    # ---------------------------------------------------------------- array helpers
    def _get_ndarray(self, a):
        if _is_tensor_like(a):
            a = self.evaluate(a)
        if not isinstance(a, np.ndarray):
            a = np.array(a)
        return a

    def _assert_array_close(self, a, b, rtol, atol, msg, path):
        a = self._get_ndarray(a)
        b = self._get_ndarray(b)
        where = (" at %s" % "".join("[%r]" % p for p in path)) if path else ""
        if a.shape != b.shape:
            self.fail("Shape mismatch%s: expected %s, got %s with contents %s.%s"
                      % (where, a.shape, b.shape, b, (" " + msg) if msg else ""))
        if a.dtype.kind in "OSUb" or b.dtype.kind in "OSUb":
            if not np.array_equal(a, b):
                self.fail("Arrays differ%s: %s vs %s. %s" % (where, a, b, msg or ""))
            return
        if not np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True):
            bad = ~np.isclose(a, b, rtol=rtol, atol=atol, equal_nan=True)
            a, b, bad = np.atleast_1d(a), np.atleast_1d(b), np.atleast_1d(bad)
            self.fail("Not equal to tolerance rtol=%g, atol=%g%s\nMismatched value: a is "
                      "different from b. not close where = %s\nnot close lhs = %s\nnot close "
                      "rhs = %s\n%s" % (rtol, atol, where, np.where(bad), a[bad], b[bad],
                                        msg or ""))

    def _assert_all_close_recursive(self, a, b, rtol, atol, path, msg):
        if isinstance(a, dict) or isinstance(b, dict):
            if not (isinstance(a, dict) and isinstance(b, dict)):
                self.fail("Can't compare dict to non-dict, a%s vs b%s. %s" % (path, path, msg or ""))
            if set(a) != set(b):
                self.fail("mismatched keys: a%s has keys %s, but b%s has keys %s. %s"
                          % (path, sorted(a, key=str), path, sorted(b, key=str), msg or ""))
            for k in a:
                self._assert_all_close_recursive(a[k], b[k], rtol, atol, path + [k], msg)
            return
        a_seq = isinstance(a, (list, tuple)) and not _numeric_list(a)
        b_seq = isinstance(b, (list, tuple)) and not _numeric_list(b)
        if a_seq or b_seq:
            if not (isinstance(a, (list, tuple)) and isinstance(b, (list, tuple))):
                self.fail("Can't compare sequence to non-sequence. %s" % (msg or ""))
            if len(a) != len(b):
                self.fail("Mismatched length: a%s has %d items, but b%s has %d items. %s"
                          % (path, len(a), path, len(b), msg or ""))
            for i, (x, y) in enumerate(zip(a, b)):
                self._assert_all_close_recursive(x, y, rtol, atol, path + [i], msg)
            return
        self._assert_array_close(a, b, rtol, atol, msg, path)

    def assertAllClose(self, a, b, rtol=1e-6, atol=1e-6, msg=None):
        """Elementwise |a - b| <= atol + rtol * |b| for arrays, tensors and nested structures
        of them (assertAllCloseAccordingToType relaxes the tolerances for half types)."""
        self._assert_all_close_recursive(a, b, rtol, atol, [], msg)

    def assertAllCloseAccordingToType(self, a, b, rtol=1e-6, atol=1e-6, float_rtol=1e-6,
                                      float_atol=1e-6, half_rtol=1e-3, half_atol=1e-3,
                                      bfloat16_rtol=1e-2, bfloat16_atol=1e-2, msg=None):
        a = self._get_ndarray(a)
        b = self._get_ndarray(b)
        for x in (a, b):
            if x.dtype in (np.float32, np.complex64):
                rtol, atol = max(rtol, float_rtol), max(atol, float_atol)
            elif x.dtype == np.float16:
                rtol, atol = max(rtol, half_rtol), max(atol, half_atol)
            elif x.dtype.name == "bfloat16":
                rtol, atol = max(rtol, bfloat16_rtol), max(atol, bfloat16_atol)
        self.assertAllClose(a, b, rtol=rtol, atol=atol, msg=msg)

    def assertNotAllClose(self, a, b, rtol=1e-6, atol=1e-6, msg=None):
        try:
            self.assertAllClose(a, b, rtol=rtol, atol=atol, msg=msg)
        except AssertionError:
            return
        self.fail("The two values are close at all elements. %s" % (msg or ""))

    def assertAllEqual(self, a, b, msg=None):
        """Same shape and equal elements (NaN equals NaN)."""
        a = self._get_ndarray(a)
        b = self._get_ndarray(b)
        if a.shape != b.shape:
            self.fail("Shape mismatch: expected %s, got %s with contents %s. %s"
                      % (a.shape, b.shape, b, msg or ""))
        same = a == b
        if a.dtype.kind in "fc" and b.dtype.kind in "fc":
            same = np.logical_or(same, np.logical_and(np.isnan(a), np.isnan(b)))
        if not np.all(same):
            diff = np.atleast_1d(np.logical_not(same))
            self.fail("Arrays are not equal\nnot equal where = %s\nnot equal lhs = %s\nnot equal "
                      "rhs = %s\n%s" % (np.where(diff), np.broadcast_to(a, diff.shape)[diff],
                                        np.broadcast_to(b, diff.shape)[diff], msg or ""))

    def assertNotAllEqual(self, a, b, msg=None):
        try:
            self.assertAllEqual(a, b)
        except AssertionError:
            return
        self.fail("The two values are equal at all elements. %s" % (msg or ""))

    def assertAllGreater(self, a, comparison_target):
        self.assertGreater(np.min(self._get_ndarray(a)), comparison_target)

    def assertAllLess(self, a, comparison_target):
        self.assertLess(np.max(self._get_ndarray(a)), comparison_target)

    def assertAllGreaterEqual(self, a, comparison_target):
        self.assertGreaterEqual(np.min(self._get_ndarray(a)), comparison_target)

    def assertAllLessEqual(self, a, comparison_target):
        self.assertLessEqual(np.max(self._get_ndarray(a)), comparison_target)

    def assertAllInRange(self, target, lower_bound, upper_bound, open_lower_bound=False,
                         open_upper_bound=False):
        target = self._get_ndarray(target)
        if not (np.issubdtype(target.dtype, np.floating) or
                np.issubdtype(target.dtype, np.integer)):
            raise AssertionError("The value of %s does not have an ordered numeric type, instead "
                                 "it has type: %s" % (target, target.dtype))
        below = target <= lower_bound if open_lower_bound else target < lower_bound
        above = target >= upper_bound if open_upper_bound else target > upper_bound
        bad = np.logical_or(below, above)
        if np.any(bad):
            raise AssertionError("%d of the %d element(s) are outside the range %s%s, %s%s. "
                                 "Subscript(s) and value(s) of the offending elements:\n%s"
                                 % (int(bad.sum()), target.size, "(" if open_lower_bound else "[",
                                    lower_bound, upper_bound, ")" if open_upper_bound else "]",
                                    list(zip(*np.where(bad)))))

    def assertAllInSet(self, target, expected_set):
        target = self._get_ndarray(target)
        diff = set(np.unique(target).tolist()) - set(expected_set)
        if diff:
            self.fail("%d unique element(s) are not in the set %s: %s"
                      % (len(diff), expected_set, sorted(diff, key=str)))

    def assertDTypeEqual(self, target, expected_dtype):
        target = self._get_ndarray(target)
        arrays = target if isinstance(target, list) else [target]
        for arr in arrays:
            self.assertEqual(arr.dtype, dtypes.as_dtype(expected_dtype).as_numpy_dtype)

    def assertShapeEqual(self, input_a, input_b, msg=None):
        """The static shape of tensor `input_b` equals the shape of array `input_a`."""
        if not isinstance(input_a, (np.ndarray, np.generic, _ops.Tensor)):
            raise TypeError("input_a must be a Numpy ndarray, Numpy scalar, or a Tensor."
                            "Instead received %s" % (type(input_a),))
        if not isinstance(input_b, _ops.Tensor):
            raise TypeError("input_b must be a Tensor. Instead received %s" % (type(input_b),))
        shape_a = input_a.get_shape().as_list() if isinstance(input_a, _ops.Tensor) \
            else list(input_a.shape)
        self.assertAllEqual(shape_a, input_b.get_shape().as_list(), msg=msg)

    def assertNear(self, f1, f2, err, msg=None):
        self.assertTrue(f1 == f2 or math.fabs(f1 - f2) <= err,
                        "%f != %f +/- %f%s" % (f1, f2, err, " (%s)" % msg if msg else ""))

    def assertArrayNear(self, farray1, farray2, err, msg=None):
        self.assertEqual(len(farray1), len(farray2), msg=msg)
        for f1, f2 in zip(farray1, farray2):
            self.assertNear(float(f1), float(f2), err, msg=msg)

    def assertNDArrayNear(self, ndarray1, ndarray2, err, msg=None):
        """The L2 norm of the difference is below `err`."""
        self.assertTrue(np.linalg.norm(np.asarray(ndarray1) - np.asarray(ndarray2)) < err,
                        msg=msg)

    def assertDeviceEqual(self, device1, device2, msg=None):
        from tensorweave.framework.device_spec import DeviceSpec

        d1 = DeviceSpec.from_string(device1 or "").to_string()
        d2 = DeviceSpec.from_string(device2 or "").to_string()
        self.assertEqual(d1, d2, "Devices %s and %s are not equal. %s" % (d1, d2, msg or ""))

    def assertProtoEquals(self, expected_message_maybe_ascii, message, msg=None):
        """`message` equals the expected proto (a message or its text format)."""
        from google.protobuf import text_format

        if isinstance(expected_message_maybe_ascii, str):
            expected = type(message)()
            text_format.Merge(expected_message_maybe_ascii, expected)
        elif isinstance(expected_message_maybe_ascii, type(message)):
            expected = expected_message_maybe_ascii
        else:
            raise TypeError("Can't compare protos of type %s and %s."
                            % (type(expected_message_maybe_ascii), type(message)))
        if expected != message:
            self.fail("%s\n!=\n%s%s" % (text_format.MessageToString(expected),
                                       text_format.MessageToString(message),
                                       ("\n" + msg) if msg else ""))

    @contextlib.contextmanager
    def assertRaisesWithPredicateMatch(self, exception_type, expected_err_re_or_predicate):
        """The block raises `exception_type` whose message matches (re.search) the pattern or
        satisfies the predicate; anything else becomes an AssertionError."""
        if callable(expected_err_re_or_predicate):
            predicate = expected_err_re_or_predicate
        else:
            def predicate(e):
                text = e.message if isinstance(e, errors.OpError) else str(e)
                op = e.op if isinstance(e, errors.OpError) else None
                if op is not None:
                    text += "\nCaused by: " + op.name
                return re.search(expected_err_re_or_predicate, text)
        try:
            yield
        except Exception as e:
            if not isinstance(e, exception_type) or not predicate(e):
                raise AssertionError("Exception of type %s: %s" % (type(e), e)) from e
            return
        self.fail(exception_type.__name__ + " not raised")

    def assertRaisesOpError(self, expected_err_re_or_predicate):
        return self.assertRaisesWithPredicateMatch(errors.OpError, expected_err_re_or_predicate)

    def assertRaisesIncompatibleShapesError(self, exception_type=errors.InvalidArgumentError):
        return self.assertRaisesWithPredicateMatch(
            exception_type, r"Incompatible shapes|Dimensions must be equal|required broadcastable "
                            r"shapes|[Ss]hapes .* are incompatible|[Ii]ncompatible shapes")

    # ---------------------------------------------------------------- absltest's extras
    def assertStartsWith(self, actual, expected_start, msg=None):
        if not actual.startswith(expected_start):
            self.fail("%r does not start with %r%s" % (actual, expected_start,
                                                       (": " + msg) if msg else ""))

    def assertEndsWith(self, actual, expected_end, msg=None):
        if not actual.endswith(expected_end):
            self.fail("%r does not end with %r%s" % (actual, expected_end,
                                                     (": " + msg) if msg else ""))

    def assertLen(self, container, expected_len, msg=None):
        if len(container) != expected_len:
            self.fail("%r has length of %d, expected %d.%s" % (container, len(container),
                                                               expected_len,
                                                               (" " + msg) if msg else ""))

    def assertEmpty(self, container, msg=None):
        if len(container):
            self.fail("%r has length of %d.%s" % (container, len(container),
                                                   (" " + msg) if msg else ""))

    def assertNotEmpty(self, container, msg=None):
        if not len(container):
            self.fail("%r has length of 0.%s" % (container, (" " + msg) if msg else ""))

    def assertBetween(self, value, minv, maxv, msg=None):
        if not minv <= value <= maxv:
            self.fail("%r is not between %r and %r%s" % (value, minv, maxv,
                                                         (": " + msg) if msg else ""))

    def assertSameElements(self, expected_seq, actual_seq, msg=None):
        if set(expected_seq) != set(actual_seq):
            self.fail("Elements differ: expected %r, actual %r%s"
                      % (sorted(set(expected_seq), key=repr), sorted(set(actual_seq), key=repr),
                         (": " + msg) if msg else ""))

    def assertContainsSubset(self, expected_subset, actual_set, msg=None):
        missing = set(expected_subset) - set(actual_set)
        if missing:
            self.fail("Missing elements %r%s" % (sorted(missing, key=repr),
                                                 (": " + msg) if msg else ""))

    def assertItemsEqual(self, first, second, msg=None):
        return self.assertCountEqual(first, second, msg)

    def assertNoCommonElements(self, expected_seq, actual_seq, msg=None):
        common = set(expected_seq) & set(actual_seq)
        if common:
            self.fail("Common elements %r%s" % (sorted(common, key=repr),
                                                (": " + msg) if msg else ""))


def _numeric_list(x):
    """A list/tuple of plain numbers (or nested lists of them) is one array, not a structure."""
    for e in nest.flatten(list(x)):
        if _is_tensor_like(e) or isinstance(e, (dict, np.ndarray)):
            return False
        if not isinstance(e, (int, float, complex, bool, np.generic, str, bytes)):
            return False
    return True
