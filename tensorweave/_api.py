"""The export table behind `tensorweave.compat.v1`.

Public functions and classes are marked where they are defined:

    @tf_export("add", "math.add")
    def add(x, y, name=None): ...

    tf_export_value("newaxis", None)   # for plain values

A dotted name puts the object in a sub-namespace (`tf.math.add`, `tf.nn.relu`).
`tensorweave.compat.v1` imports every module listed in `API_MODULES` and builds its
namespaces from this table, so adding a public name never means editing compat/v1.py.
"""

EXPORTS = {}
LAZY_EXPORTS = {}  # name -> "module:attribute", resolved on first access

# Modules whose import registers ops and exports names, in import order.
API_MODULES = (
    "tensorweave.framework.api_exports",
    "tensorweave.ops.constant_op",
    "tensorweave.ops.graph_ops",
    "tensorweave.ops.math_ops",
    "tensorweave.ops.array_ops",
    "tensorweave.ops.nn_ops",
    "tensorweave.ops.conv_ops",
    "tensorweave.ops.pooling_ops",
    "tensorweave.ops.nn_impl",
    "tensorweave.ops.sparse_segment_ops",
    "tensorweave.ops.pooling_extra_ops",
    "tensorweave.ops.conv3d_ops",
    "tensorweave.ops.losses",
    "tensorweave.layers",
    "tensorweave.ops.random_ops",
    "tensorweave.ops.control_flow_ops",
    "tensorweave.ops.string_ops",
    "tensorweave.ops.string_codec_ops",
    "tensorweave.ops.image_ops",
    "tensorweave.ops.image_extra_ops",
    "tensorweave.ops.script_ops",
    "tensorweave.ops.state_ops",
    "tensorweave.ops.resource_variable_ops",
    "tensorweave.training.api_exports",
    "tensorweave.training.train_api",
    "tensorweave.training.device_setter",
    "tensorweave.training.server_lib",
    "tensorweave.client.api_exports",
    "tensorweave.client.config_api",
    "tensorweave.training.io_exports",
    "tensorweave.framework.io_exports",
    "tensorweave.compiler.api_exports",
    "tensorweave.ops.data_flow_ops",
    "tensorweave.ops.array_extra_ops",
    "tensorweave.ops.check_ops",
    "tensorweave.platform.gfile",
    "tensorweave.platform.app",
    "tensorweave.ops.template",
    "tensorweave.data.api",
    "tensorweave.ops.metrics_ops",
    "tensorweave.ops.metrics_extra_ops",
    "tensorweave.ops.queue_ops",
    "tensorweave.ops.accumulator_ops",
    "tensorweave.ops.reader_ops",
    "tensorweave.ops.parsing_ops",
    "tensorweave.ops.example_parsing_ops",
    "tensorweave.ops.sequence_example_parsing_ops",
    "tensorweave.training.coordinator",
    "tensorweave.training.queue_runner",
    "tensorweave.training.input",
    "tensorweave.ops.rnn_cell",
    "tensorweave.ops.rnn",
    "tensorweave.saved_model.api_exports",
    "tensorweave.ops.sparse_api",
    "tensorweave.ops.variable_update_ops",
    "tensorweave.ops.space_batch_ops",
    "tensorweave.ops.stateless_random_ops",
    "tensorweave.ops.candidate_sampling_ops",
    "tensorweave.ops.special_math_ops",
    "tensorweave.ops.special_math_extra_ops",
    "tensorweave.ops.linalg_extra_ops",
    "tensorweave.ops.nn_extra_ops",
    "tensorweave.ops.spectral_ops",
    "tensorweave.ops.signal_ops",
    "tensorweave.ops.ctc_ops",
    "tensorweave.framework.api_gaps",
    "tensorweave.ops.serialize_ops",
    "tensorweave.ops.string_unicode_ops",
    "tensorweave.ops.lookup_ops",
    "tensorweave.ops.set_ops",
    "tensorweave.ops.misc_api_ops",
    "tensorweave.ops.session_ops",
    "tensorweave.ops.feature_ops",
    "tensorweave.ragged.lazy_exports",
    "tensorweave.framework.tf2_exports",
    "tensorweave.ops.quantization_ops",
    "tensorweave.ops.audio_ops",
    "tensorweave.ops.stateless_random_extra_ops",
    "tensorweave.ops.spectral_nd_ops",
    "tensorweave.ops.fractional_pool_ops",
    "tensorweave.ops.count_ops",
    "tensorweave.ops.approx_topk_ops",
    "tensorweave.ops.ctc_extra_ops",
    "tensorweave.ops.json_example_ops",
    "tensorweave.ops.ragged_string_extra_ops",
)


def tf_export(*names):
    def decorate(obj):
        for n in names:
            EXPORTS[n] = obj
        return obj

    return decorate


def tf_export_value(name, value):
    EXPORTS[name] = value
    return value


def tf_export_lazy(name, target):
    """Exports `module:attribute` under `name`, importing the module on first access.

    Used for names whose modules are heavy to import (protobuf messages, ...)."""
    LAZY_EXPORTS[name] = target
