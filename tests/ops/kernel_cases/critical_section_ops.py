"""The session-mutex ops of tf.CriticalSection (tensorweave/ops/critical_section.py). The module
loads lazily (on first access to tf.CriticalSection), so importing it here registers its ops for
the registry tests."""

import tensorweave.ops.critical_section  # noqa: F401  (registers MutexV2, MutexLock, ...)

_REASON = ("session mutex (a resource, a held-lock variant, no array outputs); "
           "tests/ops/test_critical_section.py covers it")
EXEMPT = {name: _REASON for name in ("MutexV2", "MutexLock", "ConsumeMutexLock")}
