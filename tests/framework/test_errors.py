"""tf.errors: codes, class hierarchy, messages and pickling; values recorded from TF 2.21."""

import pickle
import warnings

import pytest

from tensorweave.framework import errors

CODES = {
    "OK": 0, "CANCELLED": 1, "UNKNOWN": 2, "INVALID_ARGUMENT": 3, "DEADLINE_EXCEEDED": 4,
    "NOT_FOUND": 5, "ALREADY_EXISTS": 6, "PERMISSION_DENIED": 7, "RESOURCE_EXHAUSTED": 8,
    "FAILED_PRECONDITION": 9, "ABORTED": 10, "OUT_OF_RANGE": 11, "UNIMPLEMENTED": 12,
    "INTERNAL": 13, "UNAVAILABLE": 14, "DATA_LOSS": 15, "UNAUTHENTICATED": 16,
}
CLASS_CODES = {
    "CancelledError": 1, "UnknownError": 2, "InvalidArgumentError": 3,
    "DeadlineExceededError": 4, "NotFoundError": 5, "AlreadyExistsError": 6,
    "PermissionDeniedError": 7, "ResourceExhaustedError": 8, "FailedPreconditionError": 9,
    "AbortedError": 10, "OutOfRangeError": 11, "UnimplementedError": 12, "InternalError": 13,
    "UnavailableError": 14, "DataLossError": 15, "UnauthenticatedError": 16,
}


class FakeOp:
    def __init__(self, name, traceback=None):
        self.name = name
        self._traceback = traceback


def test_error_code_constants():
    for name, code in CODES.items():
        assert getattr(errors, name) == code


def test_public_names_match_tf_errors():
    public = {n for n in errors.__all__}
    assert public == set(CODES) | set(CLASS_CODES) | {
        "OpError", "exception_type_from_error_code", "error_code_from_exception_type",
        "raise_exception_on_not_ok_status"}


@pytest.mark.parametrize("name, code", sorted(CLASS_CODES.items()))
def test_each_class_subclasses_op_error_directly(name, code):
    cls = getattr(errors, name)
    assert cls.__mro__ == (cls, errors.OpError, Exception, BaseException, object)
    err = cls("nd", None, "msg")
    assert err.error_code == code
    assert errors.exception_type_from_error_code(code) is cls
    assert errors.error_code_from_exception_type(cls) == code


def test_op_error_is_a_plain_exception():
    assert errors.OpError.__mro__ == (errors.OpError, Exception, BaseException, object)
    assert not issubclass(errors.OpError, (ValueError, RuntimeError, LookupError))


def test_op_error_fields():
    err = errors.InvalidArgumentError("nd", None, "bad thing")
    assert err.message == "bad thing"
    assert err.node_def == "nd"
    assert err.op is None
    assert err.error_code == errors.INVALID_ARGUMENT
    assert err.experimental_payloads == {}
    assert str(err) == "bad thing"
    # TF leaves Exception.args empty.
    assert err.args == ()
    assert repr(err) == "InvalidArgumentError()"


def test_op_error_takes_any_code_including_none():
    assert errors.OpError(None, None, "m", 99).error_code == 99
    assert errors.OpError(None, None, "m", None).error_code is None
    assert errors.OpError(None, None, "m", error_code=5).error_code == 5


def test_constructor_signatures():
    with pytest.raises(TypeError):
        errors.OpError(None, None, "m")  # error_code is required
    with pytest.raises(TypeError):
        errors.NotFoundError(None, None)
    with pytest.raises(TypeError):
        errors.InvalidArgumentError(None, None, "m", error_code=5)
    err = errors.NotFoundError(node_def=None, op=None, message="nf")
    assert (err.error_code, str(err)) == (5, "nf")


def test_experimental_payloads_is_first_extra_arg():
    assert errors.OpError(None, None, "m", 3, {"a": "b"}).experimental_payloads == {"a": "b"}
    assert errors.OpError(None, None, "m", 3, "x", "y").experimental_payloads == "x"
    assert errors.InvalidArgumentError(None, None, "m", {"k": "v"}).experimental_payloads == \
        {"k": "v"}


def test_message_is_read_only():
    err = errors.AbortedError(None, None, "m")
    with pytest.raises(AttributeError):
        err.message = "x"


def test_str_appends_op_creation_site():
    op = FakeOp("myconst", ("/tmp/prog.py", 8, "<module>"))
    err = errors.InvalidArgumentError(None, op, "bad thing")
    assert str(err) == ("bad thing\n\nOriginal stack trace for 'myconst':\n"
                        '  File "/tmp/prog.py", line 8, in <module>\n')
    assert err.message == "bad thing"
    assert err.op is op


def test_str_formats_a_list_of_frames_like_tf():
    class TFStyleOp:
        name = "fake2"
        traceback = [("f.py", 3, "fn", "  x = 1"), ("g.py", 10, "<module>", None)]

    err = errors.InvalidArgumentError(None, TFStyleOp(), "m")
    assert str(err) == ("m\n\nOriginal stack trace for 'fake2':\n"
                        '  File "f.py", line 3, in fn\n    x = 1\n'
                        '  File "g.py", line 10, in <module>\n')


def test_str_without_creation_site_is_the_message():
    assert str(errors.InvalidArgumentError(None, FakeOp("x", None), "m")) == "m"
    assert str(errors.InvalidArgumentError(None, object(), "m")) == "m"


@pytest.mark.parametrize("name", sorted(CLASS_CODES))
def test_subclasses_pickle(name):
    cls = getattr(errors, name)
    err = cls("nd", None, "msg")
    assert err.__reduce__() == (cls, ("nd", None, "msg"))
    restored = pickle.loads(pickle.dumps(err))
    assert type(restored) is cls
    assert (restored.node_def, restored.op, restored.message, restored.error_code) == \
        ("nd", None, "msg", CLASS_CODES[name])


def test_op_error_pickles_with_its_code():
    err = errors.OpError("nd", None, "msg", 7, {"a": 1})
    assert err.__reduce__() == (errors.OpError, ("nd", None, "msg", 7))
    restored = pickle.loads(pickle.dumps(err))
    assert (type(restored), restored.error_code, restored.message) == (errors.OpError, 7, "msg")


def test_exception_type_from_error_code_unknown_codes_raise_key_error():
    for code in (-1, 0, 17):
        with pytest.raises(KeyError):
            errors.exception_type_from_error_code(code)


def test_error_code_from_exception_type_unknown_class_warns_and_returns_unknown_error():
    class Sub(errors.InvalidArgumentError):
        pass

    for cls in (ValueError, errors.OpError, Exception, Sub):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = errors.error_code_from_exception_type(cls)
        assert [str(w.message) for w in caught] == ["Unknown class exception"]
        assert type(result) is errors.UnknownError
        assert (result.error_code, result.message) == (errors.UNKNOWN, "Unknown class exception")


def test_raise_exception_on_not_ok_status():
    with errors.raise_exception_on_not_ok_status() as status:
        pass
    with pytest.raises(errors.NotFoundError, match="no such file"):
        with errors.raise_exception_on_not_ok_status() as status:
            status.code = errors.NOT_FOUND
            status.message = "no such file"


def test_error_from_code():
    err = errors.error_from_code(errors.OUT_OF_RANGE, "End of sequence")
    assert type(err) is errors.OutOfRangeError and err.message == "End of sequence"
    with pytest.warns(UserWarning):
        assert type(errors.error_from_code(42, "m")) is errors.UnknownError


def test_errors_are_catchable_as_op_error():
    with pytest.raises(errors.OpError) as info:
        raise errors.FailedPreconditionError(None, None, "Attempting to use uninitialized value")
    assert info.value.error_code == errors.FAILED_PRECONDITION


def test_run_error_carries_the_failing_node_def():
    import tensorweave.compat.v1 as tf

    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, name="feed_me")
        y = tf.identity(x, name="y")
        with tf.Session() as sess:
            try:
                sess.run(y)
            except tf.errors.InvalidArgumentError as err:
                assert err.op.name == "feed_me"
                assert err.node_def.name == "feed_me" and err.node_def.op == "Placeholder"
            else:
                raise AssertionError("expected InvalidArgumentError")
    assert tf.errors.NotFoundError(None, None, "m").node_def is None
