"""Per-op kernel cases for tests/ops/test_registry_kernels.py, one module per op family.

Each module defines `CASES` ({op type: [Case, ...]}) and may define `EXEMPT`
({op type: "why, and which test covers it instead"}). See _common.py for the format.
"""

import importlib
import pkgutil


def load_all():
    """All cases and exemptions of the package's modules; an op named twice is an error."""
    cases, exempt, where = {}, {}, {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(__name__ + "." + info.name)
        for table, target in ((getattr(module, "CASES", {}), cases),
                              (getattr(module, "EXEMPT", {}), exempt)):
            for op_type, value in table.items():
                if op_type in where:
                    raise AssertionError("op %s is listed in both %s and %s"
                                         % (op_type, where[op_type], info.name))
                where[op_type] = info.name
                target[op_type] = value
    return cases, exempt
