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


def test_exact_name_taken_twice_is_a_duplicate_node_error():
    with tf.Graph().as_default():
        a = tf.constant(1.0, name="a")
        assert tf.identity(a, name="ex/").name == "ex:0"
        for build in (lambda: tf.identity(a, name="ex/"), lambda: tf.constant(2.0, name="ex/"),
                      lambda: tf.identity(a, name="a/")):
            with pytest.raises(ValueError, match="Duplicate node name in graph: '(ex|a)'"):
                build()
        # the exact name was not marked used: the plain name "ex" now collides too, as in TF
        with pytest.raises(ValueError, match="Duplicate node name in graph: 'ex'"):
            tf.identity(a, name="ex")
        assert tf.identity(a, name="ex_1").name == "ex_1:0"


def test_empty_name_is_the_op_type_for_ops_and_invalid_for_constants():
    with tf.Graph().as_default():
        a = tf.constant(1.0, name="a")
        with pytest.raises(ValueError, match="`` is not a valid node name"):
            tf.constant(1, name="")
        with pytest.raises(ValueError, match="`_1` is not a valid node name"):
            tf.constant(1, name="")
        assert tf.add(a, a, name="").name == "AddV2:0"
        with tf.name_scope("sc"):
            # tf.add opens name_scope(""), which goes to the top; generated wrappers do not
            assert tf.add(a, a, name="").name == "AddV2_1:0"
            assert tf.multiply(a, a, name="").name == "sc/Mul:0"
            assert tf.reshape(a, [1], name="").name == "sc/Reshape:0"


def test_collection_keys_list_only_strings():
    g = tf.Graph()
    with g.as_default():
        tf.add_to_collection(3, "three")
        tf.add_to_collection("s", "string")
    assert g.get_collection(3) == ["three"]
    assert g.get_all_collection_keys() == ["s"]
    assert sorted(map(str, g.collections)) == ["3", "s"]


def test_graph_thread_local_and_control_flow_context_shims():
    g = tf.Graph()
    assert g.switch_to_thread_local() is None
    assert g._get_control_flow_context() is None


def test_private_name_stack_follows_name_scopes_and_can_be_restored():
    g = tf.Graph()
    with g.as_default():
        assert g._name_stack == ""
        with g.name_scope("a"):
            assert g._name_stack == "a"
            with g.name_scope("b/"):
                assert g._name_stack == "b"
            saved = g._name_stack
            g._name_stack = "x/y"
            assert tf.constant(1.0, name="c").name == "x/y/c:0"
            g._name_stack = saved
        assert g._name_stack == ""
