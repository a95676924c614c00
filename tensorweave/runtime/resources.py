"""Per-session state: variable values, per-op kernel state (random streams, ...)."""

import sys
import threading

import numpy as np


# A compiled backend (tensorweave.compiler) keeps the values of the variables its clusters update
# in its own arrays between runs (`VariableCell.device`). It swaps them under this lock, and a
# NumPy view of such an array is made under it, on the first read.
DEVICE_LOCK = threading.Lock()


class VariableCell:
    """The storage of one variable in one session. `value` is None until initialized.

    NOTE: stored arrays are never mutated where anyone could see it: assignments replace
    `value`, so an array a run has read or returned stays unchanged. An update kernel may
    reuse the memory of the old value only when `exclusive_value` proves that nothing but
    the cell refers to it (every view, fetch, feed or constant holds a reference).

    `device`, when set, holds the value as a compiled backend's array (a jax.Array); `value`
    is then a read-only NumPy view of it, made when first read. Such a view counts as an
    external reference to the array: while anyone holds one, XLA cannot reuse its memory and
    copies instead. Assigning `value` drops `device`.
    """

    __slots__ = ("name", "_value", "device", "lock")

    def __init__(self, name):
        self.name = name
        self._value = None
        self.device = None
        self.lock = threading.Lock()

    @property
    def value(self):
        v = self._value
        if v is None and self.device is not None:
            with DEVICE_LOCK:
                v = self._value
                if v is None and self.device is not None:
                    v = self._value = np.asarray(self.device)
        return v

    @value.setter
    def value(self, value):
        self._value = value
        self.device = None

    def set_device(self, array):
        """Stores a compiled backend's array as the value (call with DEVICE_LOCK held)."""
        self._value = None
        self.device = array

    def drop_view(self):
        """Forgets the cell's NumPy view of `device`, so that XLA may update the array in place
        (call with DEVICE_LOCK held; views others still hold keep the array unchanged)."""
        if self.device is not None:
            self._value = None

    def __repr__(self):
        return "<VariableCell %s %s>" % (self.name, "uninitialized" if self.value is None else "set")


# NOTE: reference counts are a CPython fact; elsewhere no array is ever reused.
_getrefcount = getattr(sys, "getrefcount", None)


def _value_refs(cell):
    v = cell.value
    return _getrefcount(v)


def _calibrate():
    if _getrefcount is None:
        return None
    probe = VariableCell("probe")
    probe.value = np.empty(2)
    return _value_refs(probe)


# References an array held by a cell alone shows from inside `exclusive_value` (measured rather
# than assumed: the count differs between interpreter versions).
_EXCLUSIVE_REFS = _calibrate()


def exclusive_value(cell):
    """The cell's array if the cell is its only holder, so an update may write into it; else None.

    Views of the array keep a reference to it (NumPy collapses `base` to the owner), and so do
    fetched results, run slots, graph constants and other cells: any of them makes this None.
    """
    if _EXCLUSIVE_REFS is None:
        return None
    v = cell.value
    if _getrefcount(v) == _EXCLUSIVE_REFS and type(v) is np.ndarray and v.base is None:
        return v
    return None


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
