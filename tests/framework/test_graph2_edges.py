"""Graph API edge cases found by the graph2 conformance sweep (behaviour recorded from TF 2.21):
Graph.container, gradient_override_map argument checks, Operation.get_attr name types, and
import_graph_def using up its scope name when it fails."""

import pytest

import tensorweave.compat.v1 as tf


def test_graph_container_nests_and_empty_name_resets():
    g = tf.Graph()
    with g.as_default():
        with g.container("c1") as name:
            q1 = tf.FIFOQueue(3, tf.float32, name="q1")
            with tf.container(""):
                q2 = tf.FIFOQueue(3, tf.float32, name="q2")
            with tf.container("c2"):
                q3 = tf.FIFOQueue(3, tf.float32, name="q3")
            q4 = tf.FIFOQueue(3, tf.float32, name="q4", shared_name="sh")
            k = tf.constant(1.0)
        q5 = tf.FIFOQueue(3, tf.float32, name="q5")
    assert name == "c1"
    got = [q.queue_ref.op.get_attr("container") for q in (q1, q2, q3, q4, q5)]
    assert got == [b"c1", b"", b"c2", b"c1", b""]
    assert q4.queue_ref.op.get_attr("shared_name") == b"sh"
    assert "container" not in k.op.node_def.attr


def test_container_is_set_when_the_op_is_created():
    with tf.Graph().as_default():
        with tf.container("c"):
            q = tf.FIFOQueue(3, tf.float32)
            # Visible inside the block already, not only once it exits.
            assert q.queue_ref.op.get_attr("container") == b"c"


@pytest.mark.parametrize("bad", [{"Identity": 3}, {1: "x"}, [("Identity", "x")]])
def test_gradient_override_map_needs_str_to_str(bad):
    g = tf.Graph()
    with pytest.raises(TypeError):
        with g.gradient_override_map(bad):
            pass


def test_get_attr_name_types():
    with tf.Graph().as_default():
        a = tf.constant([1, 2], name="a")
    assert a.op.get_attr(b"dtype") == tf.int32
    with pytest.raises(TypeError):
        a.op.get_attr(3)
    with pytest.raises(ValueError, match="has no attr named 'nope'"):
        a.op.get_attr(b"nope")
    with pytest.raises(ValueError, match="has no attr named ''"):
        a.op.get_attr(None)
    with pytest.raises(ValueError):
        a.op.get_attr("")


def test_failed_import_uses_up_its_scope_name():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [2], name="x")
        tf.add(x, 1.0, name="y")
    gd = g.as_graph_def()
    with tf.Graph().as_default():
        c = tf.constant([1.0, 2.0])
        with pytest.raises(ValueError):
            tf.import_graph_def(gd, input_map={"nope:0": c}, name="e")
        with pytest.raises(ValueError):
            tf.import_graph_def(gd, return_elements=["nope:0"], name="e")
        y, = tf.import_graph_def(gd, input_map={"x:0": c}, return_elements=["y:0"], name="e")
        assert y.name == "e_2/y:0"
