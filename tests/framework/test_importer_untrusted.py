"""Loading a graph from an untrusted file: no code from it runs, and what it declares cannot make
the loader allocate unbounded memory."""

import builtins
import contextlib
import os
import pickle
import tracemalloc

import pytest
from google.protobuf import text_format

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.protos import graph_pb2, meta_graph_pb2, types_pb2


def _payload(sentinel):
    return "__import__('pathlib').Path(%r).touch()" % str(sentinel)


def _hostile_graph_def(payload):
    gd = graph_pb2.GraphDef()
    const = gd.node.add(name="code", op="Const")
    const.attr["dtype"].type = types_pb2.DT_STRING
    const.attr["value"].tensor.dtype = types_pb2.DT_STRING
    const.attr["value"].tensor.string_val.append(payload.encode())
    const.attr["_note"].s = payload.encode()  # an attr the op does not declare is kept as is
    call = gd.node.add(name="call", op="PyFunc", input=["code"])
    call.attr["token"].s = payload.encode()
    call.attr["Tin"].list.type.append(types_pb2.DT_STRING)
    call.attr["Tout"].list.type.append(types_pb2.DT_STRING)
    call.attr["_class"].list.s.append(("loc:@" + payload).encode())
    return gd


class _Forbidden:
    """Stands in for eval/exec/compile/pickle.load(s) while a file is loaded. Python's own
    import machinery may still execute and compile modules read from disk (lazy imports)."""

    def __init__(self, name, original):
        self.name = name
        self.original = original

    def __call__(self, source, *args, **kwargs):
        filename = getattr(source, "co_filename", None)
        if self.name == "compile" and args:
            filename = args[0]
        if isinstance(filename, str) and os.path.isfile(filename):
            return self.original(source, *args, **kwargs)
        raise AssertionError("%s called while loading a graph" % self.name)


@contextlib.contextmanager
def no_code_execution():
    """Inside: any eval/exec/compile or unpickling fails the test."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("eval", "exec", "compile"):
            patch.setattr(builtins, name, _Forbidden(name, getattr(builtins, name)))
        patch.setattr(pickle, "loads", _Forbidden("pickle.loads", None))
        patch.setattr(pickle, "load", _Forbidden("pickle.load", None))
        yield


def test_importing_a_graph_def_never_evaluates_code_from_it(tmp_path):
    sentinel = tmp_path / "pwned"
    payload = _payload(sentinel)
    gd = _hostile_graph_def(payload)
    (tmp_path / "g.pb").write_bytes(gd.SerializeToString())
    (tmp_path / "g.pbtxt").write_text(text_format.MessageToString(gd))
    graphs = []
    for name in ("g.pb", "g.pbtxt"):
        with tf.Graph().as_default() as g, no_code_execution():
            if name.endswith(".pb"):
                loaded = tf.GraphDef.FromString((tmp_path / name).read_bytes())
            else:
                loaded = text_format.Parse((tmp_path / name).read_text(), tf.GraphDef())
            tf.import_graph_def(loaded, name="")
            graphs.append(g)
    assert not sentinel.exists()
    for g in graphs:
        assert g.get_operation_by_name("code").get_attr("_note") == payload.encode()
    # Running the graph returns the text as data; the PyFunc token names no callable here.
    with tf.Session(graph=graphs[0]) as sess:
        assert sess.run("code:0") == payload.encode()
        with pytest.raises(errors.InvalidArgumentError, match="not found"):
            sess.run("call:0")
    assert not sentinel.exists()


def test_importing_a_meta_graph_never_evaluates_code_from_it(tmp_path):
    sentinel = tmp_path / "pwned"
    payload = _payload(sentinel)
    meta = meta_graph_pb2.MetaGraphDef()
    meta.graph_def.CopyFrom(_hostile_graph_def(payload))
    meta.collection_def[payload].bytes_list.value.append(payload.encode())
    meta.collection_def["strings"].bytes_list.value.append(payload.encode())
    meta.meta_info_def.tags.append(payload)
    (tmp_path / "m.meta").write_bytes(meta.SerializeToString())
    with tf.Graph().as_default() as g, no_code_execution():
        assert tf.train.import_meta_graph(str(tmp_path / "m.meta")) is None  # no variables
        assert g.get_collection("strings") == [payload.encode()]
        assert g.get_collection(payload) == [payload.encode()]
    assert not sentinel.exists()


def _huge_constant_graph_def(**tensor):
    gd = graph_pb2.GraphDef()
    node = gd.node.add(name="big", op="Const")
    node.attr["dtype"].type = tensor.get("dtype", types_pb2.DT_FLOAT)
    value = node.attr["value"].tensor
    value.dtype = tensor.get("dtype", types_pb2.DT_FLOAT)
    for size in tensor["shape"]:
        value.tensor_shape.dim.add(size=size)
    value.float_val.extend(tensor.get("float_val", []))
    value.string_val.extend(tensor.get("string_val", []))
    value.tensor_content = tensor.get("content", b"")
    return gd


@pytest.mark.parametrize(
    "tensor, message",
    [
        ({"shape": [1 << 40], "float_val": [1.0]}, "too large to load"),
        ({"shape": [1 << 20, 1 << 20]}, "too large to load"),
        ({"shape": [1 << 40], "dtype": types_pb2.DT_STRING, "string_val": [b"x"]}, "too large to load"),
        ({"shape": [3], "content": b"\0" * 5}, "tensor_content holds 5 bytes"),
    ],
)
def test_a_constant_declaring_a_huge_or_inconsistent_size_is_refused_without_allocating(tensor, message):
    gd = _huge_constant_graph_def(**tensor)
    tracemalloc.start()
    try:
        with tf.Graph().as_default(), pytest.raises(ValueError, match=message) as info:
            tf.import_graph_def(gd, name="")
        assert tracemalloc.get_traced_memory()[1] < 16 << 20
    finally:
        tracemalloc.stop()
    assert "node 'big' (Const)" in str(info.value)


def test_a_cyclic_graph_def_is_a_value_error_not_a_hang():
    gd = graph_pb2.GraphDef()
    for name, source in (("a", "b"), ("b", "a")):
        node = gd.node.add(name=name, op="Identity", input=[source])
        node.attr["T"].type = types_pb2.DT_FLOAT
    with tf.Graph().as_default(), pytest.raises(ValueError, match="2 nodes in a cycle"):
        tf.import_graph_def(gd, name="")


def test_deeply_nested_protobuf_input_is_rejected_by_the_parser():
    from google.protobuf.message import DecodeError

    assert len(graph_pb2.GraphDef.FromString(_nested_graph_def(10)).node) == 1
    with pytest.raises(DecodeError):  # far deeper than protobuf's recursion limit
        graph_pb2.GraphDef.FromString(_nested_graph_def(2000))


def _varint(n):
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _nested_graph_def(depth):
    """A GraphDef whose one node has an attr nesting NameAttrList/AttrValue `depth` levels deep."""
    value = b""  # an empty AttrValue
    for _ in range(depth):
        # AttrValue{func: NameAttrList{name: "f", attr: {"k": value}}}
        entry = b"\n\x01k" + b"\x12" + _varint(len(value)) + value  # map entry: key=1, value=2
        name_attr_list = b"\n\x01f" + b"\x12" + _varint(len(entry)) + entry
        value = b"\x52" + _varint(len(name_attr_list)) + name_attr_list  # AttrValue.func = 10
    entry = b"\n\x01k" + b"\x12" + _varint(len(value)) + value
    node = b"\n\x01n" + b"\x12\x04NoOp" + b"\x2a" + _varint(len(entry)) + entry  # NodeDef.attr = 5
    return b"\n" + _varint(len(node)) + node
