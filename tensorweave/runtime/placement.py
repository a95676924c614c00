"""Which devices this process has, and where each op of a plan runs."""

import sys

from tensorweave.framework import errors
from tensorweave.framework.device_spec import DeviceSpec

LOCAL_CPU = "/job:localhost/replica:0/task:0/device:CPU:0"


class DeviceAttributes:
    """What `Session.list_devices()` returns for one device (TF's _DeviceAttributes)."""

    __slots__ = ("name", "device_type", "memory_limit_bytes", "incarnation")

    def __init__(self, name, device_type, memory_limit_bytes, incarnation):
        self.name = name
        self.device_type = device_type
        self.memory_limit_bytes = memory_limit_bytes
        self.incarnation = incarnation

    def __repr__(self):
        return "_DeviceAttributes(%s, %s, %d, %d)" % (
            self.name, self.device_type, self.memory_limit_bytes, self.incarnation)


def _physical_memory():
    try:
        import os

        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0


def placement_error(device, available):
    """TF 2.x's message for an op whose explicit device no device of the session matches."""
    gpu = " The requested device appears to be a GPU, but CUDA is not enabled." \
        if (DeviceSpec.from_string(device).device_type or "").upper() == "GPU" else ""
    return ValueError(
        "Cannot assign a device for operation {op}: {{node {op}}} was explicitly assigned to %s "
        "but available devices are [ %s ]. Make sure the device specification refers to a valid "
        "device.%s" % (device, ", ".join(available), gpu))


class Placer:
    """Checks op devices against the local devices, honouring allow_soft_placement."""

    def __init__(self, config):
        self.allow_soft_placement = bool(getattr(config, "allow_soft_placement", False))
        self.log_device_placement = bool(getattr(config, "log_device_placement", False))
        # ConfigProto.device_count["CPU"] asks for several CPU devices (all run on this process).
        counts = getattr(config, "device_count", None)
        self.num_cpus = max(1, int(counts.get("CPU", 1))) if counts is not None else 1
        self._checked = {}
        self._graph_checked = (None, 0)  # (graph, how many of its ops are placed)

    def list_devices(self):
        return [DeviceAttributes(LOCAL_CPU[:-1] + str(i), "CPU", _physical_memory(), 1 + i)
                for i in range(self.num_cpus)]

    def check_graph(self, graph):
        """Places every op of `graph` not placed yet. As in TensorFlow, a session places the
        whole graph (not only what a run needs): an op no device can take fails every run
        until the graph is fixed."""
        ops = graph._ops
        seen, done = self._graph_checked
        if seen is not graph:
            done = 0
        if done < len(ops):
            self.check(ops[done:])
            self._graph_checked = (graph, len(ops))
            if self.log_device_placement:
                self._log_placement(ops)

    def _log_placement(self, ops):
        """Prints where each op of the graph runs, on stdout, as TF does each time it places
        the (grown) graph: first the ops that are not generators, then the generators (ops
        with no inputs and one non-ref output, which TF places after their consumers)."""
        first, generators = [], []
        for op in ops:
            outs = op.outputs
            is_gen = not op.inputs and len(outs) == 1 and not outs[0].dtype._is_ref_dtype
            (generators if is_gen else first).append(op)
        lines = ["%s: (%s): %s\n" % (op.name, op.type, self._checked[op._device])
                 for op in first + generators]
        sys.stdout.write("".join(lines))

    def check(self, ops):
        for op in ops:
            device = op._device
            placed = self._checked.get(device)
            if placed is None:
                placed = self._place(op, device)
                self._checked[device] = placed
            if isinstance(placed, Exception):
                err = errors.InvalidArgumentError(None, op, str(placed).replace("{op}", op.name))
                raise errors.graph_execution_error(err, op.graph)

    def _place(self, op, device):
        if not device:
            return LOCAL_CPU
        spec = DeviceSpec.from_string(device)
        job_ok = spec.job in (None, "localhost")
        task_ok = spec.task in (None, 0) and spec.replica in (None, 0)
        dev_type = (spec.device_type or "CPU").upper()
        dev_ok = dev_type == "CPU" and (spec.device_index is None or 0 <= spec.device_index < self.num_cpus)
        if job_ok and task_ok and dev_ok:
            return LOCAL_CPU[:-1] + str(spec.device_index or 0)
        if self.allow_soft_placement and job_ok and task_ok:
            return LOCAL_CPU
        return placement_error(device, [d.name for d in self.list_devices()])
