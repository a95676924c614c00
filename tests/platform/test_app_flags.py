"""tf.app.run and tf.flags (tensorweave/platform/app.py, flags.py)."""

import pytest

import tensorweave.compat.v1 as tf


def _fresh():
    return tf.flags.FlagValues()


def test_flags_namespaces_are_one_module():
    assert tf.app.flags is tf.flags
    assert isinstance(tf.flags.FLAGS, tf.flags.FlagValues)


def test_define_and_parse_each_kind():
    fv = _fresh()
    tf.flags.DEFINE_string("name", "x", "a string", flag_values=fv)
    tf.flags.DEFINE_integer("steps", 10, "an int", flag_values=fv)
    tf.flags.DEFINE_float("lr", 0.1, "a float", flag_values=fv)
    tf.flags.DEFINE_boolean("debug", False, "a bool", flag_values=fv)
    tf.flags.DEFINE_bool("fast", True, "a bool", flag_values=fv)
    tf.flags.DEFINE_list("layers", "1,2", "a list", flag_values=fv)
    tf.flags.DEFINE_enum("mode", "train", ["train", "eval"], "an enum", flag_values=fv)
    rest = fv(["prog", "--name=y", "--steps", "5", "--lr=0.5", "--debug", "--nofast", "--layers=a,b,c",
               "--mode=eval", "positional"])
    assert rest == ["prog", "positional"]
    assert (fv.name, fv.steps, fv.lr, fv.debug, fv.fast, fv.layers, fv.mode) == \
        ("y", 5, 0.5, True, False, ["a", "b", "c"], "eval")
    assert fv.flag_values_dict()["steps"] == 5 and "lr" in fv
    fv.steps = 7
    assert fv.steps == 7


def test_defaults_and_errors():
    fv = _fresh()
    tf.flags.DEFINE_integer("steps", 10, "", flag_values=fv)
    tf.flags.DEFINE_bool("debug", False, "", flag_values=fv)
    tf.flags.DEFINE_enum("mode", "train", ["train", "eval"], "", flag_values=fv)
    with pytest.raises(tf.flags.DuplicateFlagError):
        tf.flags.DEFINE_integer("steps", 1, "", flag_values=fv)
    assert fv(["prog"]) == ["prog"] and fv.steps == 10 and fv.debug is False
    with pytest.raises(tf.flags.IllegalFlagValueError):
        fv(["prog", "--steps=abc"])
    with pytest.raises(tf.flags.IllegalFlagValueError):
        fv(["prog", "--mode=test"])
    with pytest.raises(tf.flags.UnrecognizedFlagError, match="bogus"):
        fv(["prog", "--bogus=1"])
    assert fv(["prog", "--debug=false"]) == ["prog"] and fv.debug is False
    with pytest.raises(AttributeError):
        fv.missing


def test_app_run_parses_sys_argv_and_exits_with_main_result(monkeypatch):
    flag_name = "tw_test_app_run_batch"
    if flag_name not in tf.flags.FLAGS:
        tf.flags.DEFINE_integer(flag_name, 1, "batch size")
    seen = {}

    def main(argv):
        seen["argv"] = argv
        seen["value"] = getattr(tf.flags.FLAGS, flag_name)
        return 3

    with pytest.raises(SystemExit) as info:
        tf.app.run(main=main, argv=["prog", "--%s=32" % flag_name, "extra"])
    assert info.value.code == 3 and seen == {"argv": ["prog", "extra"], "value": 32}
    with pytest.raises(SystemExit) as info:
        tf.app.run(main=main, argv=["prog", "--not_a_defined_flag=1"])
    assert info.value.code == 1
