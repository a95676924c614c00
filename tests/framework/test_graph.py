"""Graph construction: op table, naming, scopes, collections, control deps, devices."""

import pytest

import tensorweave.compat.v1 as tf


def test_ops_are_kept_in_creation_order_and_looked_up_by_name():
    g = tf.Graph()
    with g.as_default():
        a = tf.constant(1.0, name="a")
        b = tf.identity(a, name="b")
    assert [op.name for op in g.get_operations()] == ["a", "b"]
    assert g.get_operation_by_name("b") is b.op
    assert g.get_tensor_by_name("b:0") is b
    assert g.as_graph_element("a") is a.op and g.as_graph_element("a:0") is a
    with pytest.raises(KeyError):
        g.get_operation_by_name("missing")
    with pytest.raises(KeyError):
        g.get_tensor_by_name("a:7")
    with pytest.raises(ValueError):
        g.get_tensor_by_name("a")
    with pytest.raises(ValueError):
        g.get_operation_by_name("a:0")
    with pytest.raises(TypeError):
        g.as_graph_element(42)


def test_version_counts_added_ops_and_finalize_locks_the_graph():
    g = tf.Graph()
    v0 = g.version
    with g.as_default():
        tf.constant(1)
        assert g.version == v0 + 1
        g.finalize()
        assert g.finalized
        with pytest.raises(RuntimeError):
            tf.constant(2)


def test_names_are_uniquified_case_insensitively_and_skip_taken_names():
    c0 = tf.constant(1, name="c")
    c1 = tf.constant(1, name="c")
    c2 = tf.constant(1, name="c_1")
    c3 = tf.constant(1, name="c")
    upper = tf.constant(1, name="C")
    assert [t.op.name for t in (c0, c1, c2, c3, upper)] == ["c", "c_1", "c_1_1", "c_2", "C_3"]
    assert tf.get_default_graph().unique_name("c", mark_as_used=False) == "c_4"


def test_name_scopes_nest_reenter_and_reset():
    with tf.name_scope("outer") as scope:
        assert scope == "outer/"
        a = tf.constant(1, name="a")
        with tf.name_scope("inner"):
            b = tf.constant(1, name="b")
            assert tf.get_default_graph().get_name_scope() == "outer/inner"
            with tf.name_scope(None):
                top = tf.constant(1, name="top")
    with tf.name_scope(scope):
        again = tf.constant(1, name="a")
    with tf.name_scope("outer"):
        other = tf.constant(1, name="a")
    assert [a.name, b.name, top.name, again.name, other.name] == [
        "outer/a:0", "outer/inner/b:0", "top:0", "outer/a_1:0", "outer_1/a:0"]
    with pytest.raises(ValueError):
        with tf.name_scope("bad name!"):
            pass


def test_name_scope_with_default_name_and_values_uses_their_graph():
    g = tf.Graph()
    with g.as_default():
        x = tf.constant(1.0)
    with tf.name_scope(None, "Default", [x]) as scope:
        assert scope == "Default/"
        assert tf.get_default_graph() is g


def test_collections_copy_ref_scope_filter_and_keys():
    a = tf.constant(1, name="a")
    with tf.name_scope("s"):
        b = tf.constant(2, name="b")
    tf.add_to_collection("mine", a)
    tf.add_to_collections(["mine", "other"], b)
    tf.add_to_collection("mine", "plain string")
    assert tf.get_collection("mine") == [a, b, "plain string"]
    assert tf.get_collection("mine", scope="s") == [b]
    copy = tf.get_collection("mine")
    copy.append(1)
    assert len(tf.get_collection("mine")) == 3
    ref = tf.get_collection_ref("mine")
    ref.append(2)
    assert len(tf.get_collection("mine")) == 4
    assert set(tf.get_default_graph().get_all_collection_keys()) >= {"mine", "other"}
    assert tf.get_collection("nothing") == []
    assert tf.GraphKeys.GLOBAL_VARIABLES == "variables"


def test_control_dependencies_nest_clear_and_skip_data_inputs():
    a = tf.constant(1.0, name="a")
    n1 = tf.no_op(name="n1")
    with tf.control_dependencies([a, n1]):
        c = tf.identity(a, name="c")
        with tf.control_dependencies(None):
            free = tf.identity(a, name="free")
        with tf.control_dependencies([tf.constant(2.0, name="b")]):
            both = tf.identity(a, name="both")
    assert [op.name for op in c.op.control_inputs] == ["n1"]
    assert free.op.control_inputs == []
    assert sorted(op.name for op in both.op.control_inputs) == ["b", "n1"]


def test_device_scopes_merge_and_reset():
    with tf.device("/cpu:0"):
        a = tf.constant(1.0)
        with tf.device("/job:ps"):
            b = tf.constant(1.0)
        with tf.device(None):
            c = tf.constant(1.0)
        with tf.device(lambda op: "/job:w/task:%d" % (1 if op.type == "Const" else 2)):
            d = tf.constant(1.0)
    assert a.device == "/device:CPU:0"
    assert b.device == "/job:ps/device:CPU:0"
    assert c.device == ""
    # TF 2.21: the function's result comes first, then the outer string fills the unset fields.
    assert d.device == "/job:w/task:1/device:CPU:0"


def test_colocate_with_copies_the_device_and_records_the_group():
    with tf.device("/job:ps/task:1"):
        a = tf.constant(1.0, name="a")
    with tf.device("/job:worker"):
        with tf.colocate_with(a):
            b = tf.identity(a, name="b")
    assert b.device == "/job:ps/task:1"
    assert b.op.colocation_groups() == [b"loc:@a"]


def test_mixing_graphs_is_a_value_error():
    g1, g2 = tf.Graph(), tf.Graph()
    with g1.as_default():
        a = tf.constant(1.0)
    with g2.as_default():
        b = tf.constant(2.0)
    with pytest.raises(ValueError):
        tf.identity_n([a, b])


def test_ops_record_where_they_were_created():
    c = tf.constant(1.0)
    filename, lineno, _ = c.op.traceback[0]
    assert filename == __file__ and lineno > 0


def test_reset_default_graph_replaces_the_global_graph():
    g0 = tf.get_default_graph()
    tf.constant(1)
    tf.reset_default_graph()
    assert tf.get_default_graph() is not g0
    assert tf.get_default_graph().get_operations() == []
