"""Per-session state: variable values, per-op kernel state (random streams, ...)."""

import threading


class VariableCell:
    """The storage of one variable in one session. `value` is None until initialized.

    NOTE: stored arrays are never mutated in place; assignments replace `value`, so an
    array a run has read or returned stays unchanged.
    """

    __slots__ = ("name", "value", "lock")

    def __init__(self, name):
        self.name = name
        self.value = None
        self.lock = threading.Lock()

    def __repr__(self):
        return "<VariableCell %s %s>" % (self.name, "uninitialized" if self.value is None else "set")


class SessionState:
    """Everything a session keeps between runs."""

    def __init__(self):
        self._lock = threading.Lock()
        self.variables = {}  # variable op name -> VariableCell
        self._op_state = {}  # op -> dict for its kernel
        self.containers = {}  # generic resources by (kind, name)

    def variable(self, name):
        cell = self.variables.get(name)
        if cell is None:
            with self._lock:
                cell = self.variables.get(name)
                if cell is None:
                    cell = self.variables[name] = VariableCell(name)
        return cell

    def op_state(self, op):
        st = self._op_state.get(op)
        if st is None:
            with self._lock:
                st = self._op_state.setdefault(op, {})
        return st

    def clear(self):
        with self._lock:
            self.variables.clear()
            self._op_state.clear()
            self.containers.clear()
