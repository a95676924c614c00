"""DeviceSpec and the tf.device merge helpers; expected values recorded from TensorFlow 2.21."""

import copy
import pickle

import pytest

from tensorweave.framework.device_spec import DeviceSpec, canonical_device, merge_device_strings


def fields(spec):
    return (spec.job, spec.replica, spec.task, spec.device_type, spec.device_index)


def nest(*scopes):
    """The device of an op created inside ``tf.device(scopes[0])``, ``tf.device(scopes[1])``..."""
    device = ""
    for scope in scopes:
        device = merge_device_strings(device, scope)
    return device


# --------------------------------------------------------------------------- parsing
@pytest.mark.parametrize("spec, canonical, expected_fields", [
    ("", "", (None, None, None, None, None)),
    (None, "", (None, None, None, None, None)),
    ("/cpu:0", "/device:CPU:0", (None, None, None, "CPU", 0)),
    ("/gpu:1", "/device:GPU:1", (None, None, None, "GPU", 1)),
    ("/GPU:0", "/device:GPU:0", (None, None, None, "GPU", 0)),
    ("/Cpu:0", "/device:CPU:0", (None, None, None, "CPU", 0)),
    ("CPU:0", "/device:CPU:0", (None, None, None, "CPU", 0)),
    ("/cpu", "/device:CPU:*", (None, None, None, "CPU", None)),
    ("gpu", "/device:GPU:*", (None, None, None, "GPU", None)),
    ("/tpu", "/device:TPU:*", (None, None, None, "TPU", None)),
    ("/gpu:*", "/device:GPU:*", (None, None, None, "GPU", None)),
    ("/device:CPU:*", "/device:CPU:*", (None, None, None, "CPU", None)),
    ("/device:cpu:0", "/device:CPU:0", (None, None, None, "CPU", 0)),
    ("/device:gpu:*", "/device:GPU:*", (None, None, None, "GPU", None)),
    ("/job:ps", "/job:ps", ("ps", None, None, None, None)),
    ("/job:ps/task:2/gpu:1", "/job:ps/task:2/device:GPU:1", ("ps", None, 2, "GPU", 1)),
    ("/job:worker/replica:1/task:3/device:TPU:4", "/job:worker/replica:1/task:3/device:TPU:4",
     ("worker", 1, 3, "TPU", 4)),
    ("/replica:2", "/replica:2", (None, 2, None, None, None)),
    ("/task:1/job:ps/replica:0", "/job:ps/replica:0/task:1", ("ps", 0, 1, None, None)),
    ("/device:gpu:1/job:w", "/job:w/device:GPU:1", ("w", None, None, "GPU", 1)),
])
def test_from_string_parses_and_canonicalises(spec, canonical, expected_fields):
    parsed = DeviceSpec.from_string(spec)
    assert parsed.to_string() == canonical
    assert fields(parsed) == expected_fields
    assert canonical_device(spec) == canonical


@pytest.mark.parametrize("spec, canonical", [
    ("/job:ps/", "/job:ps"),                    # empty components are skipped
    ("//job:ps", "/job:ps"),
    ("/job:ps//task:1", "/job:ps/task:1"),
    (":", ""),
    ("/:", ""),
    ("job:ps", "/job:ps"),                      # leading slash optional
    ("/job:", "/job:"),                         # an empty job name is kept
    ("/job:ps/job:worker", "/job:worker"),      # repeated fields: last one wins
    ("/job:ps/task:1/task:2", "/job:ps/task:2"),
    ("/job:a b", "/job:a b"),
    ("/job:*", "/job:*"),
    ("/task:01", "/task:1"),                    # integers go through int()
    ("/task:-1", "/task:-1"),
    ("/task: 1", "/task:1"),
    ("/task:1_0", "/task:10"),
    ("/replica:-0", "/replica:0"),
    ("/device:CPU:+1", "/device:CPU:1"),
    ("/device:CPU:-1", "/device:CPU:-1"),
])
def test_from_string_lenient_spellings(spec, canonical):
    assert DeviceSpec.from_string(spec).to_string() == canonical


@pytest.mark.parametrize("spec, device_type", [
    ("/device:tpu:0", "tpu"),      # only exactly "cpu" and "gpu" are upper-cased here
    ("/device:Gpu:0", "Gpu"),
    ("/device:Cpu:0", "Cpu"),
    ("/device:xla_cpu:0", "xla_cpu"),
    ("/device:XLA_CPU:0", "XLA_CPU"),
    ("/device:FOO:1", "FOO"),
    ("/device:*:0", "*"),
    ("/device::0", ""),
])
def test_device_form_keeps_unusual_types_as_written(spec, device_type):
    assert DeviceSpec.from_string(spec).device_type == device_type
    assert canonical_device(spec) == spec


def test_legacy_form_upper_cases_known_types():
    assert canonical_device("/tpu:0") == "/device:TPU:0"
    assert canonical_device("/epu:1") == "/device:EPU:1"
    assert canonical_device("/custom") == "/device:CUSTOM:*"


@pytest.mark.parametrize("spec, message", [
    ("/foo:1", "Unknown attribute 'foo' is encountered while parsing the device spec: '/foo:1'."),
    ("/device:CPU",
     "Unknown attribute 'device' is encountered while parsing the device spec: '/device:CPU'."),
    ("/device:*", "Unknown attribute 'device' is encountered while parsing the device spec: "
                  "'/device:*'."),
    ("/device:GPU:0:1", "Unknown attribute 'device' is encountered while parsing the device "
                        "spec: '/device:GPU:0:1'."),
    ("/job:ps:1", "Unknown attribute 'job' is encountered while parsing the device spec: "
                  "'/job:ps:1'."),
    ("/job:a/b", "Unknown attribute 'b' is encountered while parsing the device spec: '/job:a/b'."),
    ("/xla_cpu:0", "Unknown attribute 'xla_cpu' is encountered while parsing the device spec: "
                   "'/xla_cpu:0'."),
    ("/JOB:ps", "Unknown attribute 'JOB' is encountered while parsing the device spec: '/JOB:ps'."),
    ("  /cpu:0",
     "Unknown attribute '  ' is encountered while parsing the device spec: '  /cpu:0'."),
    ("*", "Unknown attribute '*' is encountered while parsing the device spec: '*'."),
    ("/cpu:0/gpu:1",
     "Multiple device types are not allowed while parsing the device spec: /cpu:0/gpu:1."),
    ("/gpu:0/device:GPU:0",
     "Multiple device types are not allowed while parsing the device spec: /gpu:0/device:GPU:0."),
    ("/task:x", "invalid literal for int() with base 10: 'x'"),
    ("/replica:1.0", "invalid literal for int() with base 10: '1.0'"),
    ("/task:*", "invalid literal for int() with base 10: '*'"),
    ("/task:", "invalid literal for int() with base 10: ''"),
    ("/device:CPU:", "invalid literal for int() with base 10: ''"),
    ("/device:CPU:x", "invalid literal for int() with base 10: 'x'"),
    ("/device:CPU:* ", "invalid literal for int() with base 10: '* '"),
    ("/cpu:x", "invalid literal for int() with base 10: 'x'"),
])
def test_malformed_strings_raise_value_error(spec, message):
    with pytest.raises(ValueError) as info:
        DeviceSpec.from_string(spec)
    assert str(info.value) == message
    with pytest.raises(ValueError):
        canonical_device(spec)
    with pytest.raises(ValueError):
        merge_device_strings("/job:ps", spec)


def test_malformed_string_is_not_cached_as_valid():
    for _ in range(2):
        with pytest.raises(ValueError):
            canonical_device("/foo:1")


def test_from_string_rejects_non_strings_like_tf():
    with pytest.raises(TypeError):
        DeviceSpec.from_string(b"/cpu:0")
    with pytest.raises(AttributeError):
        DeviceSpec.from_string(1)


# ----------------------------------------------------------------------- construction
def test_constructor_converts_fields():
    spec = DeviceSpec(job=1, replica="2", task=1.5, device_type="cpu", device_index="3")
    assert fields(spec) == ("1", 2, 1, "CPU", 3)
    assert spec.to_string() == "/job:1/replica:2/task:1/device:CPU:3"
    assert DeviceSpec("w", 1, 2, "GPU", 3).to_string() == "/job:w/replica:1/task:2/device:GPU:3"
    assert DeviceSpec(job="worker", task=0).to_string() == "/job:worker/task:0"


def test_constructor_device_type_normalisation():
    assert DeviceSpec(device_type="gpu").device_type == "GPU"
    assert DeviceSpec(device_type="tpu").to_string() == "/device:tpu:*"
    assert DeviceSpec(device_type="Cpu").to_string() == "/device:Cpu:*"
    assert DeviceSpec(device_type="").to_string() == "/device::*"
    assert DeviceSpec(device_type="*").to_string() == "/device:*:*"


def test_device_index_without_type_is_not_printed():
    assert DeviceSpec(device_index=1).to_string() == ""
    assert DeviceSpec(job="a", device_index=3).to_string() == "/job:a"
    assert DeviceSpec(device_index=1).device_index == 1


def test_constructor_rejects_bad_integers():
    with pytest.raises(ValueError, match=r"invalid literal for int\(\) with base 10: 'x'"):
        DeviceSpec(task="x")
    with pytest.raises(ValueError, match=r"invalid literal for int\(\) with base 10: '\*'"):
        DeviceSpec(device_type="CPU", device_index="*")


def test_v1_setters_convert_and_update_string_and_hash():
    spec = DeviceSpec.from_string("/job:ps/task:1/cpu:0")
    old_hash = hash(spec)
    spec.job = "worker"
    spec.task = "3"
    spec.device_type = "gpu"
    spec.device_index = "2"
    assert fields(spec) == ("worker", None, 3, "GPU", 2)
    assert spec.to_string() == "/job:worker/task:3/device:GPU:2"
    assert hash(spec) != old_hash
    assert hash(spec) == hash(DeviceSpec.from_string("/job:worker/task:3/device:GPU:2"))
    spec.job = None
    spec.replica = None
    assert spec.to_string() == "/task:3/device:GPU:2"
    spec.job = 5
    assert spec.job == "5"


def test_failed_setter_keeps_old_value():
    spec = DeviceSpec(task=2)
    with pytest.raises(ValueError):
        spec.task = "x"
    assert spec.task == 2
    with pytest.raises(ValueError):
        spec.device_index = "*"


def test_no_new_attributes():
    with pytest.raises(AttributeError):
        DeviceSpec().foo = 1


# ------------------------------------------------------------------ mutating V1 methods
def test_parse_from_string_replaces_every_field_and_returns_self():
    spec = DeviceSpec(job="a", task=1)
    assert spec.parse_from_string("/gpu:0") is spec
    assert fields(spec) == (None, None, None, "GPU", 0)
    assert DeviceSpec(job="a").parse_from_string("/job:b").to_string() == "/job:b"
    assert DeviceSpec(job="a").parse_from_string(None).to_string() == ""
    assert DeviceSpec(job="a").parse_from_string("").to_string() == ""


def test_make_merged_spec_overrides_set_fields_only():
    spec = DeviceSpec.from_string("/job:ps/task:2/gpu:1")
    merged = spec.make_merged_spec(DeviceSpec.from_string("/cpu:0"))
    assert merged.to_string() == "/job:ps/task:2/device:CPU:0"
    assert spec.to_string() == "/job:ps/task:2/device:GPU:1"  # unchanged
    assert DeviceSpec.from_string("/cpu:0").make_merged_spec(spec).to_string() == \
        "/job:ps/task:2/device:GPU:1"
    assert DeviceSpec(job="a", task=1).make_merged_spec(DeviceSpec()).to_string() == "/job:a/task:1"
    assert DeviceSpec(job="a").make_merged_spec(DeviceSpec(job="")).to_string() == "/job:"


def test_merge_treats_device_type_and_index_separately():
    gpu1 = DeviceSpec(device_type="GPU", device_index=1)
    assert gpu1.make_merged_spec(DeviceSpec(device_type="CPU")).to_string() == "/device:CPU:1"
    assert gpu1.make_merged_spec(DeviceSpec(device_index=5)).to_string() == "/device:GPU:5"


def test_merge_requires_a_device_spec():
    spec = DeviceSpec(job="a")
    with pytest.raises(AttributeError):
        spec.make_merged_spec("/cpu:0")
    with pytest.raises(AttributeError):
        spec.merge_from(None)


def test_merge_from_mutates_and_returns_none():
    spec = DeviceSpec(job="x")
    assert spec.merge_from(DeviceSpec(task=4)) is None
    assert spec.to_string() == "/job:x/task:4"


def test_replace_returns_a_copy():
    spec = DeviceSpec.from_string("/job:ps/task:2/gpu:1")
    assert spec.replace(job="w", device_index=None).to_string() == "/job:w/task:2/device:GPU:*"
    assert spec.replace(device_type="cpu").to_string() == "/job:ps/task:2/device:CPU:1"
    assert spec.replace(device_index="3").to_string() == "/job:ps/task:2/device:GPU:3"
    assert spec.replace().to_string() == "/job:ps/task:2/device:GPU:1"
    assert DeviceSpec.from_string("/device:CPU:0").replace(device_type=None).to_string() == ""
    assert spec.to_string() == "/job:ps/task:2/device:GPU:1"
    with pytest.raises(TypeError):
        spec.replace(foo=1)


# ---------------------------------------------------------------------- python protocol
def test_equality_and_hash_follow_the_string():
    cpu = DeviceSpec.from_string("/cpu:0")
    assert cpu == DeviceSpec(device_type="CPU", device_index=0)
    assert hash(cpu) == hash(DeviceSpec(device_type="CPU", device_index=0))
    assert cpu != DeviceSpec.from_string("/cpu:1")
    assert DeviceSpec(device_index=1) == DeviceSpec()  # the index alone is not printed
    assert cpu != "/device:CPU:0"
    assert hash(cpu) == hash("/device:CPU:0")
    assert (DeviceSpec() == None) is False  # noqa: E711
    assert len({cpu, DeviceSpec.from_string("/device:CPU:0")}) == 1


def test_subclass_instances_are_not_equal():
    class Sub(DeviceSpec):
        pass

    assert type(Sub.from_string("/cpu:0")) is Sub
    assert Sub.from_string("/cpu:0") != DeviceSpec.from_string("/cpu:0")
    assert type(Sub(job="a").make_merged_spec(DeviceSpec())) is Sub
    assert type(Sub(job="a").replace(task=1)) is Sub


def test_no_ordering():
    with pytest.raises(TypeError):
        DeviceSpec(job="a") < DeviceSpec(job="b")  # noqa: B015


def test_repr():
    assert repr(DeviceSpec.from_string("/cpu:0")) == \
        "<DeviceSpec(job=None, replica=None, task=None, device_type=CPU, device_index=0)>"
    assert str(DeviceSpec.from_string("/job:a/replica:1/task:2/device:GPU:3")) == \
        "<DeviceSpec(job=a, replica=1, task=2, device_type=GPU, device_index=3)>"


def test_copy_and_pickle():
    spec = DeviceSpec.from_string("/job:ps/task:2/gpu:1")
    assert copy.copy(spec) == spec
    assert copy.deepcopy(spec).to_string() == "/job:ps/task:2/device:GPU:1"
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        restored = pickle.loads(pickle.dumps(spec, protocol))
        assert restored == spec and fields(restored) == fields(spec)


# ------------------------------------------------------------------- module helpers
def test_canonical_device_accepts_specs_and_none():
    assert canonical_device(None) == ""
    assert canonical_device("") == ""
    assert canonical_device(DeviceSpec(job="ps", device_type="cpu")) == "/job:ps/device:CPU:*"
    with pytest.raises(TypeError):
        canonical_device(3)


def test_device_scopes_golden():
    # Mirrors conformance/cases/device_scopes.py and its golden output.
    assert nest() == ""
    assert nest("/cpu:0") == "/device:CPU:0"
    assert nest("/cpu:0", "/job:ps") == "/job:ps/device:CPU:0"
    assert nest("/cpu:0", "/gpu:1") == "/device:GPU:1"
    assert nest("/cpu:0", None) == ""
    assert nest("/job:worker/task:1") == "/job:worker/task:1"
    assert nest("/job:worker/task:1", "/device:GPU:2") == "/job:worker/task:1/device:GPU:2"
    assert nest("/job:worker/task:1", "/task:3") == "/job:worker/task:3"
    assert nest("/job:worker/task:1", "/replica:2") == "/job:worker/replica:2/task:1"
    foo = "/job:foo/replica:0/task:0/device:CPU:0"
    assert nest(foo) == foo
    assert nest("/GPU:0") == "/device:GPU:0"
    spec = DeviceSpec.from_string("/job:ps/task:2/gpu:1")
    assert (spec.job, spec.task, spec.device_type, spec.device_index) == ("ps", 2, "GPU", 1)
    assert spec.to_string() == "/job:ps/task:2/device:GPU:1"


@pytest.mark.parametrize("outer, inner, device", [
    ("/gpu:1", "/device:CPU:*", "/device:CPU:1"),   # the index is inherited by a new type
    ("/gpu:1", "/cpu", "/device:CPU:1"),
    ("/gpu:1", "/device:CPU:0", "/device:CPU:0"),
    ("/gpu:1", "/device:tpu:*", "/device:tpu:1"),
    ("/device:GPU:*", "/device:CPU:2", "/device:CPU:2"),
    ("/device:GPU:*", "/task:1", "/task:1/device:GPU:*"),
    ("/job:ps/task:1", "", "/job:ps/task:1"),        # tf.device("") changes nothing
    ("/cpu:0", "", "/device:CPU:0"),
    ("", "/cpu:0", "/device:CPU:0"),
    ("/job:ps/task:1/gpu:0", "/job:worker", "/job:worker/task:1/device:GPU:0"),
    ("/job:ps/replica:3", "/task:2", "/job:ps/replica:3/task:2"),
    ("/job:ps", "/job:", "/job:"),                  # an empty job still overrides
    ("/job:", "/task:1", "/job:/task:1"),
    ("/device:GPU:1", "/replica:0", "/replica:0/device:GPU:1"),
    ("/cpu:0", "/job:a/replica:1/task:2/device:GPU:3", "/job:a/replica:1/task:2/device:GPU:3"),
    ("/job:a", "/device:Cpu:1", "/job:a/device:Cpu:1"),
])
def test_merge_device_strings_pairs(outer, inner, device):
    assert nest(outer, inner) == device
    assert merge_device_strings(canonical_device(outer), inner) == device


def test_merge_device_strings_deeper_nesting():
    assert nest("/job:a/task:1", "/job:b/task:2", "/gpu:0") == "/job:b/task:2/device:GPU:0"
    assert nest("/cpu:0", None, "/job:w") == "/job:w"


def test_merge_device_strings_with_device_spec_inner_uses_its_string():
    assert nest("/cpu:0", DeviceSpec(job="w", device_type="GPU")) == "/job:w/device:GPU:0"
    assert nest("/gpu:2", DeviceSpec(device_type="CPU")) == "/device:CPU:2"
    # An index without a type is lost in the string, so it does not reach the op (as in TF).
    assert nest("/cpu:0", DeviceSpec(device_index=1)) == "/device:CPU:0"
    assert nest(DeviceSpec(device_index=1), "/cpu") == "/device:CPU:*"
    assert nest("/gpu:1", DeviceSpec(device_type="")) == "/device::1"


def test_merge_device_strings_results_are_stable_when_cached():
    for _ in range(3):
        assert merge_device_strings("/device:CPU:0", "/job:ps") == "/job:ps/device:CPU:0"
        assert merge_device_strings("/job:ps", None) == ""
        assert merge_device_strings("/job:ps", "") == "/job:ps"
