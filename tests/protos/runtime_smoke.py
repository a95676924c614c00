"""Imports every generated module and round-trips messages; run by check_runtimes.sh under
each protobuf runtime the generated code must support. Prints "ok <protobuf version>"."""

import glob
import importlib
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, root)

import google.protobuf

modules = sorted(
    os.path.basename(p)[:-3] for p in glob.glob(os.path.join(root, "tensorweave/protos/*_pb2.py"))
)
for name in modules:
    module = importlib.import_module(f"tensorweave.protos.{name}")
    # NOTE: iterating the mapping itself yields descriptors, not names, on protobuf 4.21.0-4.21.x.
    for descriptor in module.DESCRIPTOR.message_types_by_name.values():
        cls = getattr(module, descriptor.name)
        assert cls.FromString(cls().SerializeToString()) == cls()

from tensorweave.protos import config_pb2, graph_pb2, meta_graph_pb2, types_pb2

g = graph_pb2.GraphDef()
node = g.node.add(name="c", op="Const")
node.attr["dtype"].type = types_pb2.DT_FLOAT
node.attr["value"].tensor.dtype = types_pb2.DT_FLOAT
node.attr["value"].tensor.float_val.extend([1.5, 2.5])
node.attr["value"].tensor.tensor_shape.dim.add(size=2)
g.versions.producer = 27
g.library.function.add().signature.name = "f"
assert graph_pb2.GraphDef.FromString(g.SerializeToString()) == g

c = config_pb2.ConfigProto(allow_soft_placement=True, inter_op_parallelism_threads=2)
c.device_count["CPU"] = 1
c.graph_options.optimizer_options.opt_level = config_pb2.OptimizerOptions.L0
c.graph_options.rewrite_options.constant_folding = 2
assert config_pb2.ConfigProto.FromString(c.SerializeToString()) == c

m = meta_graph_pb2.MetaGraphDef()
m.collection_def["xs"].any_list.value.add().Pack(g)
out = meta_graph_pb2.MetaGraphDef.FromString(m.SerializeToString())
unpacked = graph_pb2.GraphDef()
assert out.collection_def["xs"].any_list.value[0].Unpack(unpacked) and unpacked == g
print("ok", google.protobuf.__version__, f"({len(modules)} modules)")
