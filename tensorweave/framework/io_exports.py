"""Public names of GraphDef/MetaGraph persistence, exported lazily (their modules load protobuf).

This module imports nothing heavy: each name resolves to its module on first access.
"""

from tensorweave._api import tf_export_lazy

_LAZY = {
    "import_graph_def": "tensorweave.framework.importer:import_graph_def",
    "graph_util.import_graph_def": "tensorweave.framework.importer:import_graph_def",
    "graph_util.convert_variables_to_constants":
        "tensorweave.framework.graph_util:convert_variables_to_constants",
    "graph_util.extract_sub_graph": "tensorweave.framework.graph_util:extract_sub_graph",
    "graph_util.remove_training_nodes": "tensorweave.framework.graph_util:remove_training_nodes",
    "graph_util.must_run_on_cpu": "tensorweave.framework.graph_util:must_run_on_cpu",
    "graph_util.tensor_shape_from_node_def_name":
        "tensorweave.framework.graph_util:tensor_shape_from_node_def_name",
    "train.write_graph": "tensorweave.framework.graph_util:write_graph",
    "io.write_graph": "tensorweave.framework.graph_util:write_graph",
    "train.export_meta_graph": "tensorweave.training.meta_graph:export_meta_graph",
    "train.import_meta_graph": "tensorweave.training.meta_graph:import_meta_graph",
    "make_tensor_proto": "tensorweave.framework.proto_convert:make_tensor_proto",
    "make_ndarray": "tensorweave.framework.proto_convert:make_ndarray",
}

for _name, _target in _LAZY.items():
    tf_export_lazy(_name, _target)
