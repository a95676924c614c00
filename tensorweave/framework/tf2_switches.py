"""Small TF 2.x switches that TF 2.21 also honours in TF1 graph mode.

- tf.debugging.set_log_device_placement: sessions made with `config=None` afterwards print
  where each op runs (as ConfigProto.log_device_placement does), as TF's sessions do;
- tf.debugging traceback filtering switches: recorded; tensorweave never removes its own
  frames from tracebacks, so the setting changes nothing else;
- tf.compat.forward_compatible / forward_compatibility_horizon: tensorweave implements the ops
  of TF 2.21, whose forward-compatibility horizon is 2026-01-16 (shifted by the environment
  variable TF_FORWARD_COMPATIBILITY_DELTA_DAYS, as in TF);
- tf.enable_tensor_equality: in graph mode TF compares tensors by identity whatever this
  switch says (elementwise `==` needs eager tensors), so it is recorded and nothing else;
- tf.autograph: set_verbosity, experimental.do_not_convert / set_loop_options / Feature,
  trace. tensorweave has no AutoGraph converter (code always runs as written), so
  do_not_convert returns the function unchanged in behaviour and set_loop_options does
  nothing, as both do in TF outside converted code.

Every setting lives in `context.runtime_settings` (process-wide, as in TF).
"""

import contextlib
import datetime
import enum
import functools
import os

from tensorweave.framework import context

_settings = context.runtime_settings
_HORIZON = datetime.date(2026, 1, 16)
_DELTA_DAYS_VAR = "TF_FORWARD_COMPATIBILITY_DELTA_DAYS"


# ------------------------------------------------------------------ tf.debugging
def set_log_device_placement(enabled):
    """Sessions created with config=None afterwards log each op's device (on stdout)."""
    _settings["log_device_placement"] = bool(enabled)


def get_log_device_placement():
    return bool(_settings.get("log_device_placement", False))


def enable_traceback_filtering():
    _settings["traceback_filtering"] = True


def disable_traceback_filtering():
    _settings["traceback_filtering"] = False


def is_traceback_filtering_enabled():
    return bool(_settings.get("traceback_filtering", True))


# ------------------------------------------------------------------ tf.compat
def _horizon():
    date = _settings.get("forward_compatibility_horizon", _HORIZON)
    delta = os.getenv(_DELTA_DAYS_VAR)
    if delta:
        date = date + datetime.timedelta(days=int(delta))
    return date


def forward_compatible(year, month, day):
    """True when the (TF 2.21) forward-compatibility horizon is after year-month-day."""
    return _horizon() > datetime.date(year, month, day)


@contextlib.contextmanager
def forward_compatibility_horizon(year, month, day):
    """Moves the horizon to year-month-day inside the block (for tests)."""
    try:
        new = datetime.date(year, month, day)
    except (TypeError, ValueError) as err:
        raise ValueError("forward_compatibility_horizon: bad date %r-%r-%r (%s)"
                         % (year, month, day, err)) from None
    old = _settings.get("forward_compatibility_horizon")
    _settings["forward_compatibility_horizon"] = new
    try:
        yield
    finally:
        if old is None:
            _settings.pop("forward_compatibility_horizon", None)
        else:
            _settings["forward_compatibility_horizon"] = old


# ------------------------------------------------------------------ tensor equality
def enable_tensor_equality():
    _settings["tensor_equality"] = True


def disable_tensor_equality():
    _settings["tensor_equality"] = False


# ------------------------------------------------------------------ tf.autograph
def set_verbosity(level, alsologtostdout=False):
    """Records AutoGraph's log level (tensorweave converts nothing, so logs nothing)."""
    _settings["autograph_verbosity"] = (int(level), bool(alsologtostdout))


def get_verbosity():
    if "autograph_verbosity" in _settings:
        return _settings["autograph_verbosity"][0]
    return int(os.getenv("AUTOGRAPH_VERBOSITY", "0"))


def do_not_convert(func=None):
    """Marks `func` as never to be converted by AutoGraph; usable bare or called."""
    if func is None:
        return do_not_convert

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    wrapper.__autograph_do_not_convert__ = True
    return wrapper


def set_loop_options(parallel_iterations=None, swap_memory=None, maximum_iterations=None,
                     shape_invariants=None):
    """Loop hints for AutoGraph-converted loops: outside converted code (always, here), none."""
    return


def trace(*args):
    """AutoGraph's trace: prints its arguments (at graph-construction time)."""
    print(*args)


class Feature(enum.Enum):
    """AutoGraph conversion features (`tf.autograph.experimental.Feature`)."""

    ALL = "ALL"
    AUTO_CONTROL_DEPS = "AUTO_CONTROL_DEPS"
    ASSERT_STATEMENTS = "ASSERT_STATEMENTS"
    BUILTIN_FUNCTIONS = "BUILTIN_FUNCTIONS"
    EQUALITY_OPERATORS = "EQUALITY_OPERATORS"
    LISTS = "LISTS"
    NAME_SCOPES = "NAME_SCOPES"
