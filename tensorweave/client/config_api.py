"""tf.config: the process-wide runtime settings of TF 2.x, as a graph-mode program sees them.

Devices are the ones a Session places ops on (`runtime/placement.py`): the host CPU, which
`set_logical_device_configuration` may split into several logical CPUs. The settings live in
`context.runtime_settings`; a Session created with `config=None` reads them (soft placement,
the number of logical CPUs, `set_jit`), as TF's sessions read its eager context's config.
Settings with no effect on NumPy execution (threads, Grappler options, TF32, memory growth,
run_functions_eagerly) are recorded and reported back.
"""

import collections
import types

from tensorweave._api import tf_export
from tensorweave.framework import context, errors

_settings = context.runtime_settings


@tf_export("config.PhysicalDevice")
class PhysicalDevice(collections.namedtuple("PhysicalDevice", ["name", "device_type"])):
    """A device of the machine (`/physical_device:CPU:0`)."""

    __slots__ = ()


@tf_export("config.LogicalDevice")
class LogicalDevice(collections.namedtuple("LogicalDevice", ["name", "device_type"])):
    """A device ops are placed on (`/device:CPU:0`)."""

    __slots__ = ()


@tf_export("config.LogicalDeviceConfiguration", "config.experimental.VirtualDeviceConfiguration")
class LogicalDeviceConfiguration(collections.namedtuple(
        "LogicalDeviceConfiguration",
        ["memory_limit", "experimental_priority", "experimental_device_ordinal"])):
    """How one logical device is carved out of a physical one."""

    __slots__ = ()

    def __new__(cls, memory_limit=None, experimental_priority=None,
                experimental_device_ordinal=None):
        return super().__new__(cls, memory_limit, experimental_priority,
                               experimental_device_ordinal)


_CPU = PhysicalDevice("/physical_device:CPU:0", "CPU")


def _all_physical():
    # NOTE: sessions run every op on the host (the JAX backend too), so the CPU is the only
    # device, whatever accelerators JAX might see; this matches Session.list_devices().
    return [_CPU]


def _check_device(device):
    if device not in _all_physical():
        raise ValueError("Unrecognized device: %s" % (device,))


# ------------------------------------------------------------------ devices


@tf_export("config.list_physical_devices", "config.experimental.list_physical_devices")
def list_physical_devices(device_type=None):
    """The machine's devices, optionally only those of `device_type` ("CPU", "GPU", ...)."""
    return [d for d in _all_physical() if device_type is None or d.device_type == device_type]


def _initialize():
    """Fixes the visible and logical devices, as TF's context initialization does."""
    visible = _settings.get("visible")
    if visible is not None and _CPU not in visible:
        raise errors.NotFoundError(None, None, "No CPU devices are available in this process")
    _settings["initialized"] = True


def logical_cpu_count():
    """How many logical CPUs `set_logical_device_configuration` asked for (1 by default)."""
    configs = _settings.get("logical", {}).get(_CPU)
    return max(1, len(configs)) if configs else 1


@tf_export("config.list_logical_devices", "config.experimental.list_logical_devices")
def list_logical_devices(device_type=None):
    """The devices ops can be placed on; fixes the device configuration from then on."""
    _initialize()
    devices = [LogicalDevice("/device:CPU:%d" % i, "CPU") for i in range(logical_cpu_count())]
    return [d for d in devices if device_type is None or d.device_type == device_type]


@tf_export("config.get_visible_devices", "config.experimental.get_visible_devices")
def get_visible_devices(device_type=None):
    visible = _settings.get("visible")
    if visible is None:
        visible = _all_physical()
    return [d for d in visible if device_type is None or d.device_type == device_type]


@tf_export("config.set_visible_devices", "config.experimental.set_visible_devices")
def set_visible_devices(devices, device_type=None):
    """Restricts the devices the runtime uses (before they are initialized)."""
    if isinstance(devices, PhysicalDevice):
        devices = [devices]
    devices = list(devices)
    candidates = list_physical_devices(device_type)
    for d in devices:
        if d not in candidates:
            raise ValueError("Unrecognized device: %s" % (d,))
    others = [d for d in get_visible_devices() if device_type is not None and
              d.device_type != device_type]
    visible = others + [d for d in _all_physical() if d in devices]
    if visible == get_visible_devices():
        return
    if _settings.get("initialized"):
        raise RuntimeError("Visible devices cannot be modified after being initialized")
    _settings["visible"] = visible


@tf_export("config.get_logical_device_configuration",
           "config.experimental.get_virtual_device_configuration")
def get_logical_device_configuration(device):
    _check_device(device)
    return _settings.get("logical", {}).get(device)


@tf_export("config.set_logical_device_configuration",
           "config.experimental.set_virtual_device_configuration")
def set_logical_device_configuration(device, logical_devices):
    """Splits `device` into logical devices (several CPUs: `/device:CPU:0`, `/device:CPU:1`)."""
    _check_device(device)
    if logical_devices is not None:
        logical_devices = list(logical_devices)
        if device.device_type == "CPU" and any(c.memory_limit is not None
                                               for c in logical_devices):
            raise ValueError("Setting memory limit on CPU virtual devices is currently not "
                             "supported")
    table = _settings.setdefault("logical", {})
    if table.get(device) == logical_devices:
        return
    if _settings.get("initialized"):
        raise RuntimeError("Virtual devices cannot be modified after being initialized")
    table[device] = logical_devices


@tf_export("config.experimental.get_memory_growth")
def get_memory_growth(device):
    _check_device(device)
    growth = _settings.get("memory_growth", {})
    if device not in growth:
        raise KeyError(device)  # TF keeps growth only for GPUs: a CPU is never in its table
    return growth[device]


@tf_export("config.experimental.set_memory_growth")
def set_memory_growth(device, enable):
    _check_device(device)
    if device.device_type not in ("GPU",):
        raise ValueError("Cannot set memory growth on non-GPU and non-Pluggable devices")
    _settings.setdefault("memory_growth", {})[device] = bool(enable)


# ------------------------------------------------------------------ placement and threads


@tf_export("config.get_soft_device_placement")
def get_soft_device_placement():
    """Whether sessions created with config=None place unsatisfiable ops on the CPU (graph
    mode: False until set)."""
    return bool(_settings.get("soft_placement", False))


@tf_export("config.set_soft_device_placement")
def set_soft_device_placement(enabled):
    _settings["soft_placement"] = bool(enabled)


@tf_export("config.threading.get_inter_op_parallelism_threads")
def get_inter_op_parallelism_threads():
    return _settings.get("inter_op_threads", 0)


@tf_export("config.threading.set_inter_op_parallelism_threads")
def set_inter_op_parallelism_threads(num_threads):
    _settings["inter_op_threads"] = num_threads


@tf_export("config.threading.get_intra_op_parallelism_threads")
def get_intra_op_parallelism_threads():
    return _settings.get("intra_op_threads", 0)


@tf_export("config.threading.set_intra_op_parallelism_threads")
def set_intra_op_parallelism_threads(num_threads):
    _settings["intra_op_threads"] = num_threads


def session_defaults():
    """What a Session with config=None gets from tf.config (None when nothing was set)."""
    soft = _settings.get("soft_placement")
    cpus = logical_cpu_count()
    log = bool(_settings.get("log_device_placement"))  # tf.debugging.set_log_device_placement
    if soft is None and cpus == 1 and not log:
        return None
    return types.SimpleNamespace(allow_soft_placement=bool(soft), log_device_placement=log,
                                 device_count={"CPU": cpus})


# ------------------------------------------------------------------ optimizer


@tf_export("config.optimizer.set_jit")
def set_jit(enabled):
    """True or "autoclustering": sessions compile through JAX/XLA as with global_jit_level
    ON_1 (when their ConfigProto leaves the level unset); False or None: off."""
    _settings["jit"] = enabled is True or enabled == "autoclustering"


@tf_export("config.optimizer.get_jit")
def get_jit():
    return "autoclustering" if _settings.get("jit") else ""


# Grappler's switches (RewriterConfig), by tf.config's names.
_EXPERIMENTAL_OPTIONS = (
    "layout_optimizer", "constant_folding", "shape_optimization", "remapping",
    "arithmetic_optimization", "dependency_optimization", "loop_optimization",
    "function_optimization", "debug_stripper", "disable_model_pruning",
    "scoped_allocator_optimization", "pin_to_host_optimization", "implementation_selector",
    "auto_mixed_precision", "disable_meta_optimizer", "disable_tpu_compile_ops",
    "min_graph_nodes", "auto_parallel")


@tf_export("config.optimizer.set_experimental_options")
def set_experimental_options(options):
    """Records Grappler options (unknown keys are ignored, as in TF)."""
    table = _settings.setdefault("optimizer_options", {})
    for key, value in options.items():
        if key in _EXPERIMENTAL_OPTIONS:
            table[key] = value


@tf_export("config.optimizer.get_experimental_options")
def get_experimental_options():
    options = dict(_settings.get("optimizer_options", {}))
    options.setdefault("disable_model_pruning", False)
    options.setdefault("disable_meta_optimizer", False)
    return {k: options[k] for k in _EXPERIMENTAL_OPTIONS if k in options}


# ------------------------------------------------------------------ functions and precision


@tf_export("config.run_functions_eagerly", "config.experimental_run_functions_eagerly")
def run_functions_eagerly(run_eagerly):
    """Recorded only: graph mode has no tf.function to run eagerly."""
    _settings["functions_run_eagerly"] = bool(run_eagerly)


@tf_export("config.functions_run_eagerly", "config.experimental_functions_run_eagerly")
def functions_run_eagerly():
    return _settings.get("functions_run_eagerly", False)


@tf_export("config.experimental.enable_tensor_float_32_execution")
def enable_tensor_float_32_execution(enabled):
    """Recorded only: NumPy float32 math never uses TF32."""
    _settings["tensor_float_32"] = bool(enabled)


@tf_export("config.experimental.tensor_float_32_execution_enabled")
def tensor_float_32_execution_enabled():
    return _settings.get("tensor_float_32", True)
