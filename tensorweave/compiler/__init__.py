"""Optional compiled execution through JAX (XLA), and plan-level graph optimizations.

This package never imports JAX at import time: `lowering` (which does) is imported only when a
session actually compiles a plan. Graph optimizations (`optimize`) serve both backends.

Compilation is on for a session when any of these holds:
  - `TENSORWEAVE_JIT=1` in the environment (every session; `0` forces it off);
  - `ConfigProto.graph_options.optimizer_options.global_jit_level` is ON_1 or ON_2;
  - `tf.config.optimizer.set_jit(True)` was called and the session's level is left unset;
  - ops were built under `tf.xla.experimental.jit_scope()` (attr `_XlaCompile`): only those
    ops are compiled.
"""

import os
import warnings

ON_1 = 1
ON_2 = 2
OFF = -1

_jax_state = {"checked": False, "ok": False}


def env_jit():
    """True/False when TENSORWEAVE_JIT forces compilation on/off, else None."""
    value = os.environ.get("TENSORWEAVE_JIT")
    if value is None or value.strip() == "":
        return None
    return value.strip().lower() not in ("0", "false", "off", "no")


def global_jit_level(config):
    opts = getattr(getattr(config, "graph_options", None), "optimizer_options", None)
    return int(getattr(opts, "global_jit_level", 0) or 0) if opts is not None else 0


def jit_mode(config):
    """'all' (compile every compilable op), 'marked' (only jit_scope ops) or None (off)."""
    forced = env_jit()
    if forced is True:
        return "all"
    if forced is False:
        return None
    level = global_jit_level(config)
    if level >= ON_1:
        return "all"
    if level == 0 and _process_jit():
        return "all"  # tf.config.optimizer.set_jit(True), for configs that leave the level unset
    return "marked"


def _process_jit():
    from tensorweave.framework import context

    return bool(context.runtime_settings.get("jit"))


def jax_available():
    """Whether JAX imports; warns once (and runs interpreted) when it does not."""
    if not _jax_state["checked"]:
        _jax_state["checked"] = True
        try:
            import jax  # noqa: F401
        except ImportError as err:
            _jax_state["ok"] = False
            warnings.warn(
                "tensorweave: compiled execution (XLA) was requested but JAX is not installed "
                "(%s); running interpreted. Install it with `pip install tensorweave[xla]`." % err,
                RuntimeWarning, stacklevel=3)
        else:
            _jax_state["ok"] = True
    return _jax_state["ok"]


def _marked(op):
    value = op._attrs.get("_XlaCompile")
    return value is True


def maybe_compile(plan, executable, session_state, session, mode):
    """Returns an executable running compilable parts of `plan` under jax.jit, or `executable`.

    `mode` comes from `jit_mode`. In 'marked' mode nothing happens (and JAX is not imported)
    unless some op of the plan carries `_XlaCompile=True`.
    """
    if mode is None or not plan.ops or plan.dataflow:
        return executable  # TF1 dataflow control flow runs on the interpreter's scheduler
    if mode == "marked" and not any(_marked(op) for op in plan.ops):
        return executable
    if not jax_available():
        return executable
    from tensorweave.compiler import lowering

    return lowering.compile_executable(plan, executable, session_state, session, mode)
