"""Registry-wide checks: every declared op is complete."""

import tensorweave.compat.v1  # noqa: F401  (imports every op module)
from tensorweave.framework import op_def
from tensorweave.framework.op_def import OpDef


def test_every_op_has_shape_function_kernel_and_gradient_decision():
    missing = []
    for name, od in sorted(op_def.registered_ops().items()):
        cls = type(od)
        if cls.shape is OpDef.shape:
            missing.append("%s: no shape function" % name)
        if not hasattr(cls, "kernel"):
            missing.append("%s: no kernel" % name)
        if not hasattr(cls, "grad"):  # a gradient, grad = None, or grad = NO_GRADIENT
            missing.append("%s: no gradient decision" % name)
    assert not missing, "\n".join(missing)


def test_core_ops_are_registered_under_tf_names():
    ops = op_def.registered_ops()
    for name in ("Const", "Placeholder", "PlaceholderWithDefault", "Identity", "IdentityN", "NoOp"):
        assert name in ops
        assert ops[name].type_name == name


def test_schema_parsing_resolves_type_attrs_and_lists():
    ident_n = op_def.get_op_def("IdentityN")
    arg = ident_n.input_args[0]
    assert arg.type_list_attr == "T" and arg.type_attr is None and arg.is_list
    ph = op_def.get_op_def("Placeholder")
    assert ph.attr_defs["shape"].has_default
    assert ph.attr_defs["shape"].default.ndims is None


def test_unknown_op_type_is_a_key_error():
    import pytest

    with pytest.raises(KeyError):
        op_def.get_op_def("NoSuchOp")
