"""Device specifications: ``tf.compat.v1.DeviceSpec`` and fast helpers for ``tf.device`` scopes.

A device string names up to five fields, each optional:

    /job:<name>/replica:<int>/task:<int>/device:<TYPE>:<int or *>

Accepted spellings (all verified against TensorFlow 2.21):
  * components may come in any order; empty components (``//``, trailing ``/``) are skipped;
  * ``job``/``replica``/``task`` may repeat, the last one wins;
  * legacy device components ``/cpu:0``, ``/GPU:1``, ``cpu``, ``/tpu:*`` (the type, upper-cased,
    must be a known device type) mean ``/device:<TYPE>:<index>``; a bare type means index ``*``;
  * in the ``/device:`` form only the exact spellings ``cpu`` and ``gpu`` are upper-cased;
    every other type (``tpu``, ``Cpu``, ``XLA_CPU``, ``*``) is kept as written;
  * integers go through ``int()``, so ``01`` is 1, ``-1`` and `` 1`` are accepted, ``x`` raises
    ``ValueError: invalid literal for int() ...`` exactly as TensorFlow does.

The canonical form prints the set fields in the order job, replica, task, device; a device
index without a device type is dropped, and a device type without an index prints ``*``.

``canonical_device`` and ``merge_device_strings`` run for every ``tf.device`` scope entry, so
they memoise on their input strings.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DeviceSpec", "canonical_device", "merge_device_strings"]

# Device types that may be written in the legacy "/cpu:0" form (TF asks its device registry;
# these are the ones a CPU build of TensorFlow 2.21 registers).
_LEGACY_DEVICE_TYPES = frozenset({"CPU", "GPU", "TPU", "EPU", "CUSTOM"})

# (job, replica, task, device_type, device_index); each field None when unset.
_Components = tuple  # tuple[str | None, int | None, int | None, str | None, int | None]
_EMPTY: _Components = (None, None, None, None, None)

# NOTE: unbounded growth is prevented by clearing when large; programs use few device strings,
# but a loop formatting "/task:%d" must not leak.
_CACHE_LIMIT = 4096
_parse_cache: dict[str, _Components] = {"": _EMPTY}
_canonical_cache: dict[str, str] = {"": ""}
_merge_cache: dict[tuple[str, str], str] = {}


def _device_type_or_none(device_type: Any) -> str | None:
    if device_type is None:
        return None
    device_type = str(device_type)
    # NOTE: TF upper-cases only these two exact spellings; "tpu" or "Cpu" stay as written.
    if device_type == "cpu" or device_type == "gpu":
        return device_type.upper()
    return device_type


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _parse_uncached(spec: str) -> _Components:
    job = replica = task = device_type = device_index = None
    have_device = False
    for piece in spec.split("/"):
        parts = piece.split(":")
        head = parts[0]
        count = len(parts)
        if count == 2 and head == "job":
            job = parts[1]
        elif count == 2 and head == "replica":
            replica = int(parts[1])
        elif count == 2 and head == "task":
            task = int(parts[1])
        elif count <= 2 and head.upper() in _LEGACY_DEVICE_TYPES:
            if have_device:
                raise ValueError(
                    "Multiple device types are not allowed while parsing the device spec: %s."
                    % spec)
            have_device = True
            device_type = head.upper()
            device_index = None if count == 1 or parts[1] == "*" else int(parts[1])
        elif count == 3 and head == "device":
            if have_device:
                raise ValueError(
                    "Multiple device types are not allowed while parsing the device spec: %s."
                    % spec)
            have_device = True
            device_type = _device_type_or_none(parts[1])
            device_index = None if parts[2] == "*" else int(parts[2])
        elif head:
            raise ValueError(
                "Unknown attribute '%s' is encountered while parsing the device spec: '%s'."
                % (head, spec))
        # else: an empty component ("", ":" ...) is skipped, as TF does.
    return (job, replica, task, device_type, device_index)


def _parse(spec: str) -> _Components:
    """Components of a device string (memoised). Raises ValueError for malformed strings."""
    components = _parse_cache.get(spec)
    if components is None:
        components = _parse_uncached(spec)
        if len(_parse_cache) >= _CACHE_LIMIT:
            _parse_cache.clear()
        _parse_cache[spec] = components
    return components


def _components_to_string(components: _Components) -> str:
    job, replica, task, device_type, device_index = components
    out = []
    if job is not None:
        out.append("/job:" + job)
    if replica is not None:
        out.append("/replica:%d" % replica)
    if task is not None:
        out.append("/task:%d" % task)
    if device_type is not None:
        out.append("/device:%s:%s" % (device_type, "*" if device_index is None else device_index))
    return "".join(out)


def _merge_components(outer: _Components, inner: _Components) -> _Components:
    """Field by field: a field set in ``inner`` wins, an unset one inherits from ``outer``."""
    return tuple(o if i is None else i for o, i in zip(outer, inner))


class DeviceSpec:
    """A (possibly partial) device location, as ``tf.compat.v1.DeviceSpec`` (mutable in V1).

    Fields are ``job`` (str), ``replica``/``task``/``device_index`` (int) and ``device_type``
    (str); each is None when unspecified. Equality and hashing follow ``to_string()``.
    """

    __slots__ = ("_job", "_replica", "_task", "_device_type", "_device_index", "_string", "_hash")

    def __init__(self, job: str | None = None, replica: int | None = None,
                 task: int | None = None, device_type: str | None = None,
                 device_index: int | None = None) -> None:
        self._job = _str_or_none(job)
        self._replica = _int_or_none(replica)
        self._task = _int_or_none(task)
        self._device_type = _device_type_or_none(device_type)
        self._device_index = _int_or_none(device_index)
        self._refresh()

    @classmethod
    def _from_components(cls, components: _Components) -> DeviceSpec:
        spec = cls.__new__(cls)
        (spec._job, spec._replica, spec._task, spec._device_type,
         spec._device_index) = components
        spec._refresh()
        return spec

    def _components(self) -> _Components:
        return (self._job, self._replica, self._task, self._device_type, self._device_index)

    def _refresh(self) -> None:
        self._string = _components_to_string(self._components())
        self._hash = hash(self._string)

    # ---------------------------------------------------------------- fields (settable in V1)
    @property
    def job(self) -> str | None:
        return self._job

    @job.setter
    def job(self, job: str | None) -> None:
        self._job = _str_or_none(job)
        self._refresh()

    @property
    def replica(self) -> int | None:
        return self._replica

    @replica.setter
    def replica(self, replica: int | None) -> None:
        self._replica = _int_or_none(replica)
        self._refresh()

    @property
    def task(self) -> int | None:
        return self._task

    @task.setter
    def task(self, task: int | None) -> None:
        self._task = _int_or_none(task)
        self._refresh()

    @property
    def device_type(self) -> str | None:
        return self._device_type

    @device_type.setter
    def device_type(self, device_type: str | None) -> None:
        self._device_type = _device_type_or_none(device_type)
        self._refresh()

    @property
    def device_index(self) -> int | None:
        return self._device_index

    @device_index.setter
    def device_index(self, device_index: int | None) -> None:
        self._device_index = _int_or_none(device_index)
        self._refresh()

    # ------------------------------------------------------------------------- conversion
    def to_string(self) -> str:
        """Canonical form, e.g. ``/job:ps/task:2/device:GPU:1``; ``''`` when nothing is set."""
        return self._string

    @classmethod
    def from_string(cls, spec: str | None) -> DeviceSpec:
        """Parses a device string; ``None`` and ``''`` give an empty spec."""
        return cls._from_components(_parse(spec) if spec is not None else _EMPTY)

    def parse_from_string(self, spec: str | None) -> DeviceSpec:
        """V1: replaces every field of this spec with those parsed from ``spec``; returns self."""
        components = _parse(spec) if spec is not None else _EMPTY
        (self._job, self._replica, self._task, self._device_type,
         self._device_index) = components
        self._refresh()
        return self

    # ---------------------------------------------------------------------------- merging
    def make_merged_spec(self, dev: DeviceSpec) -> DeviceSpec:
        """A new spec: fields set in ``dev`` override this spec's."""
        other = (dev.job, dev.replica, dev.task, dev.device_type, dev.device_index)
        return self._from_components(_merge_components(self._components(), other))

    def merge_from(self, dev: DeviceSpec) -> None:
        """V1: overrides this spec's fields with those set in ``dev``, in place."""
        other = (dev.job, dev.replica, dev.task, dev.device_type, dev.device_index)
        (self._job, self._replica, self._task, self._device_type,
         self._device_index) = _merge_components(self._components(), other)
        self._refresh()

    def replace(self, **kwargs: Any) -> DeviceSpec:
        """A copy with the given fields replaced (None clears a field)."""
        fields = {"job": self._job, "replica": self._replica, "task": self._task,
                  "device_type": self._device_type, "device_index": self._device_index}
        fields.update(kwargs)
        return type(self)(**fields)

    # ---------------------------------------------------------------------- python protocol
    def __eq__(self, other: object) -> bool:
        # NOTE: TF compares exact classes: a spec never equals its string, nor a subclass.
        return type(other) is type(self) and self._string == other._string

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return ("<DeviceSpec(job=%s, replica=%s, task=%s, device_type=%s, device_index=%s)>"
                % self._components())

    def __reduce__(self):
        return (type(self), self._components())


# NOTE: the class is TF's mutable V1 spec, which `tf.compat.v1.DeviceSpec` names DeviceSpecV1
# (what `type(spec).__name__` shows); its repr still reads "<DeviceSpec(...)>".
DeviceSpec.__name__ = DeviceSpec.__qualname__ = "DeviceSpecV1"
DeviceSpecV1 = DeviceSpec  # the module attribute pickle looks the class up by


def canonical_device(spec: str | DeviceSpec | None) -> str:
    """Canonical device string: ``'/cpu:0'`` -> ``'/device:CPU:0'``; ``None``/``''`` -> ``''``.

    Raises ValueError for malformed strings, TypeError for other types.
    """
    if spec.__class__ is str:
        canonical = _canonical_cache.get(spec)
        if canonical is None:
            canonical = _components_to_string(_parse(spec))
            if len(_canonical_cache) >= _CACHE_LIMIT:
                _canonical_cache.clear()
            _canonical_cache[spec] = canonical
        return canonical
    if spec is None:
        return ""
    if isinstance(spec, DeviceSpec):
        return spec.to_string()
    if isinstance(spec, str):  # a str subclass
        return canonical_device(str(spec))
    raise TypeError("Expected a device string or DeviceSpec, got %r of type %s."
                    % (spec, type(spec).__name__))


def merge_device_strings(outer: str, inner: str | DeviceSpec | None) -> str:
    """The device an op gets under ``tf.device(inner)`` nested inside a scope of ``outer``.

    Fields set in ``inner`` override ``outer``, unset ones inherit; the device type and the
    device index are separate fields (``'/gpu:1'`` then ``'/cpu'`` gives ``'/device:CPU:1'``).
    ``inner=None`` (``tf.device(None)``) clears everything: the result is ``''``. A DeviceSpec
    ``inner`` acts through its string, as in TF (an index without a type is lost).
    """
    key = (outer, inner)
    try:
        merged = _merge_cache.get(key)
    except TypeError:  # an unhashable inner: let canonical_device report it
        merged = None
    if merged is not None:
        return merged
    if inner is None:
        return ""
    if not (inner.__class__ is str):
        inner = canonical_device(inner)
    if not (outer.__class__ is str):
        outer = canonical_device(outer)
    merged = _components_to_string(_merge_components(_parse(outer), _parse(inner)))
    if len(_merge_cache) >= _CACHE_LIMIT:
        _merge_cache.clear()
    if key[0].__class__ is str and key[1].__class__ is str:
        _merge_cache[key] = merged
    return merged
