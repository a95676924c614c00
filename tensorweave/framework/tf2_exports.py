"""TF 2.x-era names that TF 2.21 also runs in TF1 graph mode, exported into tf.compat.v1.

The modules behind them load on first access (`tf_export_lazy`), so `import
tensorweave.compat.v1` stays light: tf.GradientTape and tf.recompute_grad
(training/gradient_tape.py), tf.variable_creator_scope (training/variable_creator.py), tf.test
(platform/test.py), the TypeSpec family (framework/type_specs.py), tf.vectorized_map
(ops/parallel_for.py), tf.CriticalSection (ops/critical_section.py, which also declares the
MutexV2 / MutexLock / ConsumeMutexLock ops), tf.sysconfig (platform/sysconfig.py) and the small
switches of framework/tf2_switches.py. User-facing description: docs/tf2_apis.md.
"""

from tensorweave._api import tf_export_lazy

_LAZY = {
    "GradientTape": "tensorweave.training.gradient_tape:GradientTape",
    "recompute_grad": "tensorweave.training.gradient_tape:recompute_grad",
    "variable_creator_scope": "tensorweave.training.variable_creator:variable_creator_scope",
    "CriticalSection": "tensorweave.ops.critical_section:CriticalSection",
}
for _name in ("TestCase", "main", "get_temp_dir", "is_gpu_available", "gpu_device_name",
              "is_built_with_cuda", "is_built_with_rocm", "is_built_with_gpu_support",
              "is_built_with_xla", "is_cpu_target_available", "Benchmark", "mock",
              "assert_equal_graph_def", "create_local_cluster", "disable_with_predicate",
              "with_eager_op_as_function", "benchmark_config"):
    _LAZY["test." + _name] = "tensorweave.platform.test:" + _name
for _name in ("SparseTensorSpec", "IndexedSlicesSpec", "TensorArraySpec", "OptionalSpec",
              "NoneTensorSpec", "type_spec_from_value"):
    _LAZY[_name] = "tensorweave.framework.type_specs:" + _name
_LAZY["data.experimental.OptionalStructure"] = "tensorweave.framework.type_specs:OptionalSpec"
for _name in ("SparseTensorStructure", "TensorArrayStructure", "TensorStructure"):
    _LAZY["data.experimental." + _name] = "tensorweave.framework.type_specs:" + _name
_LAZY["vectorized_map"] = "tensorweave.ops.parallel_for:vectorized_map"
for _name in ("get_include", "get_lib", "get_compile_flags", "get_link_flags", "get_build_info",
              "CXX11_ABI_FLAG", "CXX_VERSION", "MONOLITHIC_BUILD"):
    _LAZY["sysconfig." + _name] = "tensorweave.platform.sysconfig:" + _name
for _name in ("set_log_device_placement", "get_log_device_placement",
              "enable_traceback_filtering", "disable_traceback_filtering",
              "is_traceback_filtering_enabled"):
    _LAZY["debugging." + _name] = "tensorweave.framework.tf2_switches:" + _name
for _name in ("forward_compatible", "forward_compatibility_horizon"):
    _LAZY["compat." + _name] = "tensorweave.framework.tf2_switches:" + _name
_LAZY["enable_tensor_equality"] = "tensorweave.framework.tf2_switches:enable_tensor_equality"
_LAZY["autograph.set_verbosity"] = "tensorweave.framework.tf2_switches:set_verbosity"
_LAZY["autograph.trace"] = "tensorweave.framework.tf2_switches:trace"
for _name in ("do_not_convert", "set_loop_options", "Feature"):
    _LAZY["autograph.experimental." + _name] = "tensorweave.framework.tf2_switches:" + _name
for _name, _target in _LAZY.items():
    tf_export_lazy(_name, _target)
