"""Smaller tf.compat.v1 names (version constants, scopes, TensorSpec, serialization, aliases):
behaviour recorded from TF 2.21."""

import gzip
import zlib

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import graph_io


def test_version_constants():
    assert tf.VERSION.endswith("-tensorweave") and tf.version.VERSION == tf.VERSION
    assert tf.GRAPH_DEF_VERSION == graph_io.GRAPH_DEF_VERSION == 2474
    assert tf.GRAPH_DEF_VERSION_MIN_CONSUMER == 0 and tf.GRAPH_DEF_VERSION_MIN_PRODUCER == 0
    assert tf.CXX11_ABI_FLAG == 0 or tf.CXX11_ABI_FLAG == 1
    assert tf.MONOLITHIC_BUILD == 0
    assert isinstance(tf.GIT_VERSION, str) and isinstance(tf.COMPILER_VERSION, str)
    assert tf.qint8 in tf.QUANTIZED_DTYPES and tf.quint16 in tf.dtypes.QUANTIZED_DTYPES
    assert len(tf.QUANTIZED_DTYPES) == 10 and tf.float32 not in tf.QUANTIZED_DTYPES
    assert (tf.data.UNKNOWN_CARDINALITY, tf.data.INFINITE_CARDINALITY) == (-2, -1)


def test_graph_def_versions_match_what_we_write():
    with tf.Graph().as_default() as g:
        tf.constant(1.0)
        assert g.as_graph_def().versions.producer == tf.GRAPH_DEF_VERSION


def test_init_scope_keeps_name_scope_and_drops_control_deps():
    with tf.Graph().as_default() as g:
        c = tf.constant(0.0)
        with tf.init_scope():
            inside = tf.constant(1.0, name="inside")
        assert inside.name == "inside:0" and inside.graph is g
        with tf.name_scope("outer"), tf.control_dependencies([c]), tf.init_scope():
            y = tf.constant(1.0, name="y")
            assert tf.get_default_graph().get_name_scope() == "outer"
        assert y.name == "outer/y:0" and list(y.op.control_inputs) == []


def test_container_sets_container_attr_of_stateful_ops():
    with tf.Graph().as_default():
        with tf.container("mycont"):
            v = tf.Variable(1.0, name="cv")
            q = tf.FIFOQueue(3, tf.float32)
        w = tf.Variable(2.0, name="plain")
        assert v.op.get_attr("container") == b"mycont"
        assert q.queue_ref.op.get_attr("container") == b"mycont"
        assert w.op.get_attr("container") == b""


def test_deprecated_scope_names_and_logger():
    with tf.Graph().as_default():
        c = tf.constant(1.0)
        with tf.op_scope([c], "ops", "def") as sc:
            assert sc == "ops/"
        with tf.variable_op_scope([c], "vos", "def") as sc:
            assert sc.name == "vos" and tf.get_variable("w", []).name == "vos/w:0"
    assert tf.get_logger().name == "tensorflow"


def test_tensor_spec():
    with tf.Graph().as_default():
        spec = tf.TensorSpec([None, 3], tf.float32, name="x")
        assert repr(spec) == "TensorSpec(shape=(None, 3), dtype=tf.float32, name='x')"
        assert spec.shape.as_list() == [None, 3] and spec.dtype == tf.float32 and spec.name == "x"
        assert spec.is_compatible_with(tf.placeholder(tf.float32, [2, 3]))
        assert spec.is_compatible_with(tf.TensorSpec([2, 3], tf.float32))
        assert not spec.is_compatible_with(np.zeros([2, 3], np.float32))
        assert not spec.is_compatible_with(tf.TensorSpec([2, 4], tf.float32))
        ph = tf.placeholder(tf.int32, [4], name="ph")
        assert repr(tf.TensorSpec.from_tensor(ph)) == "TensorSpec(shape=(4,), dtype=tf.int32, name='ph')"
        assert tf.TensorSpec([2]) == tf.TensorSpec([2], tf.float32)
        assert hash(tf.TensorSpec([2])) == hash(tf.TensorSpec([2]))
        assert repr(tf.TensorSpec(None, tf.int64)) == \
            "TensorSpec(shape=<unknown>, dtype=tf.int64, name=None)"
        assert issubclass(tf.TensorSpec, tf.TypeSpec)
        assert tf.TensorSpec.from_spec(spec, name="yy").name == "yy"
        assert tf.TensorSpec([2, None]).most_specific_compatible_type(
            tf.TensorSpec([3, 1])).shape.as_list() == [None, None]


def test_serialize_and_parse_tensor_bytes_match_tf():
    with tf.Graph().as_default():
        s = tf.io.serialize_tensor(tf.constant([[1.5, 2.0]], tf.float32))
        s2 = tf.serialize_tensor(tf.constant(["ab", "c"]))
        s3 = tf.serialize_tensor(tf.constant(7, tf.int64))
        p = tf.parse_tensor(s, tf.float32)
        p2 = tf.io.parse_tensor(s2, out_type=tf.string)
        assert (s.name, s.dtype, s.shape.ndims) == ("SerializeTensor:0", tf.string, 0)
        assert (p.name, p.dtype, p.shape.ndims) == ("ParseTensor:0", tf.float32, None)
        with tf.Session() as sess:
            a, b, c, d, e = sess.run([s, s2, s3, p, p2])
            assert a == b'\x08\x01\x12\x08\x12\x02\x08\x01\x12\x02\x08\x02"\x08\x00\x00\xc0?\x00\x00\x00@'
            assert b == b'\x08\x07\x12\x04\x12\x02\x08\x02B\x02abB\x01c'
            assert c == b'\x08\t\x12\x00"\x08\x07\x00\x00\x00\x00\x00\x00\x00'
            np.testing.assert_array_equal(d, [[1.5, 2.0]])
            assert list(e) == [b"ab", b"c"]
            for bad in (tf.parse_tensor(s, tf.int32), tf.parse_tensor(b"garbage\xff", tf.float32),
                        tf.parse_tensor(["a"], tf.float32)):
                with pytest.raises(tf.errors.InvalidArgumentError):
                    sess.run(bad)


def test_serialize_sparse_round_trip():
    with tf.Graph().as_default():
        sp = tf.SparseTensor([[0, 1], [2, 0]], [1.5, 2.5], [3, 4])
        ss = tf.serialize_sparse(sp)
        ms = tf.io.serialize_many_sparse(sp)
        assert (ss.name, ss.shape.as_list(), ms.name, ms.shape.as_list()) == (
            "SerializeSparse:0", [3], "SerializeManySparse:0", [None, 3])
        d = tf.deserialize_many_sparse(ms, tf.float32)
        assert d.indices.shape.as_list() == [None, None] and d.indices.name == "DeserializeManySparse:0"
        d2 = tf.io.deserialize_many_sparse(ms, tf.float32, rank=2)
        assert d2.indices.shape.as_list() == [None, 2] and d2.dense_shape.shape.as_list() == [2]
        with tf.Session() as sess:
            got_ss, got_ms, got_d = sess.run([ss, ms, d])
        assert got_ss[1] == b'\x08\x01\x12\x04\x12\x02\x08\x02"\x08\x00\x00\xc0?\x00\x00 @'
        assert got_ms[1].tolist() == [b'\x08\t\x12\x06\x12\x00\x12\x02\x08\x01',
                                      b'\x08\x01\x12\x02\x12\x00',
                                      b'\x08\t\x12\x04\x12\x02\x08\x01"\x08\x04\x00\x00\x00\x00\x00\x00\x00']
        np.testing.assert_array_equal(got_d.indices, [[0, 1], [2, 0]])
        np.testing.assert_array_equal(got_d.values, [1.5, 2.5])
        np.testing.assert_array_equal(got_d.dense_shape, [3, 4])


def test_decode_compressed():
    with tf.Graph().as_default():
        z = tf.io.decode_compressed([zlib.compress(b"hello"), zlib.compress(b"")], "ZLIB")
        g = tf.decode_compressed(gzip.compress(b"abc"), compression_type="GZIP")
        assert z.op.type == "DecodeCompressed" and z.shape.as_list() == [2]
        with tf.Session() as sess:
            a, b, c = sess.run([z, g, tf.io.decode_compressed("raw")])
            assert list(a) == [b"hello", b""] and b == b"abc" and c == b"raw"
            with pytest.raises(tf.errors.DataLossError):
                sess.run(tf.io.decode_compressed("xx", "ZLIB"))


def test_io_aliases():
    assert tf.io.PaddingFIFOQueue is tf.PaddingFIFOQueue
    assert tf.io.PriorityQueue is tf.PriorityQueue and tf.io.QueueBase is tf.QueueBase
    assert tf.io.RandomShuffleQueue is tf.RandomShuffleQueue
    assert tf.io.match_filenames_once is tf.train.match_filenames_once


def test_assert_shapes():
    with tf.Graph().as_default():
        x = tf.zeros([2, 3])
        y = tf.zeros([2])
        tf.debugging.assert_shapes([(x, ["N", 3]), (y, ["N"])])
        with pytest.raises(ValueError):
            tf.debugging.assert_shapes([(x, ["N", 3]), (tf.zeros([4]), ["N"])])
        with pytest.raises(ValueError):
            tf.debugging.assert_shapes([(x, ["N"])])
        p = tf.placeholder(tf.float32, [None])
        check = tf.debugging.assert_shapes([(x, ["N", 3]), (p, ["N"])])
        with tf.Session() as sess:
            sess.run(check, {p: np.zeros(2)})
            with pytest.raises(tf.errors.InvalidArgumentError):
                sess.run(check, {p: np.zeros(5)})


def test_checkpoints_iterator_times_out_on_empty_dir(tmp_path):
    assert list(tf.train.checkpoints_iterator(str(tmp_path), timeout=0)) == []


def test_global_step_waiter_hook_and_basic_train_loop_exist():
    assert issubclass(tf.train.GlobalStepWaiterHook, tf.train.SessionRunHook)
    with tf.Graph().as_default():
        gs = tf.train.get_or_create_global_step()
        hook = tf.train.GlobalStepWaiterHook(0)
        hook.begin()

        class Sup:
            def __init__(self):
                self.n = 0

            def managed_session(self, master):
                return tf.Session()

            def should_stop(self):
                self.n += 1
                return self.n > 3

        steps = []
        tf.train.basic_train_loop(Sup(), lambda sess: steps.append(1))
        assert len(steps) == 3
        del gs
