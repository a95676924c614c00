"""tf.flags / tf.app.flags: command-line flags (DEFINE_string, ..., FLAGS) parsed with argparse.

This module itself is the `tf.flags` namespace."""

import argparse
import sys



class Error(Exception):
    """The base class of flag errors."""


class DuplicateFlagError(Error):
    pass


class IllegalFlagValueError(Error):
    pass


class UnrecognizedFlagError(Error):
    pass


class ValidationError(Error):
    pass


class _Flag:
    __slots__ = ("name", "default", "help", "kind", "parse", "enum_values", "value", "present")

    def __init__(self, name, default, help, kind, parse, enum_values=None):
        self.name, self.default, self.help, self.kind = name, default, help, kind
        self.parse, self.enum_values = parse, enum_values
        self.value = default if default is None else parse(default) if isinstance(default, str) else default
        self.present = False


def _parse_bool(text):
    if isinstance(text, bool):
        return text
    lowered = str(text).lower()
    if lowered in ("true", "t", "1", "yes", "y"):
        return True
    if lowered in ("false", "f", "0", "no", "n"):
        return False
    raise ValueError("Non-boolean argument to boolean flag: %r" % text)


def _parse_list(text):
    if isinstance(text, (list, tuple)):
        return list(text)
    return [part.strip() for part in str(text).split(",") if part.strip()]


class FlagValues:
    """The registry of defined flags; flags are read as attributes (FLAGS.learning_rate).

    Reading a flag before parsing parses sys.argv first (as TF1's tf.flags did)."""

    def __init__(self):
        object.__setattr__(self, "_flags", {})
        object.__setattr__(self, "_parsed", False)
        object.__setattr__(self, "_required", [])

    # ---- definition
    def _define(self, flag):
        if flag.name in self._flags:
            raise DuplicateFlagError("The flag '%s' is defined twice." % flag.name)
        self._flags[flag.name] = flag
        return flag

    # ---- parsing
    def __call__(self, argv, known_only=False):
        """Parses `argv` (argv[0] is the program); returns argv[0] plus the unparsed arguments."""
        argv = list(argv)
        if not argv:
            raise Error("argv cannot be empty")
        parser = argparse.ArgumentParser(prog=argv[0], add_help=False, allow_abbrev=False)
        for flag in self._flags.values():
            if flag.kind == "bool":
                parser.add_argument("--" + flag.name, dest=flag.name, nargs="?", const="true",
                                    default=argparse.SUPPRESS)
                parser.add_argument("--no" + flag.name, dest=flag.name, action="store_const",
                                    const="false", default=argparse.SUPPRESS)
            else:
                parser.add_argument("--" + flag.name, dest=flag.name, default=argparse.SUPPRESS)
        args, rest = parser.parse_known_args(argv[1:])
        unknown = [a for a in rest if a.startswith("-") and a not in ("-", "--")]
        if unknown and not known_only:
            name = unknown[0].lstrip("-").split("=")[0]
            raise UnrecognizedFlagError("Unknown command line flag '%s'" % name)
        for name, text in vars(args).items():
            flag = self._flags[name]
            try:
                value = flag.parse(text)
            except ValueError as err:
                raise IllegalFlagValueError("flag --%s=%s: %s" % (name, text, err)) from None
            flag.value, flag.present = value, True
        object.__setattr__(self, "_parsed", True)
        for name in self._required:
            if self._flags[name].value is None:
                raise IllegalFlagValueError("flag --%s must have a value other than None." % name)
        return [argv[0]] + [a for a in rest if a != "--"]

    def is_parsed(self):
        return self._parsed

    def mark_as_parsed(self):
        object.__setattr__(self, "_parsed", True)

    def unparse_flags(self):
        for flag in self._flags.values():
            flag.value, flag.present = flag.default, False
        object.__setattr__(self, "_parsed", False)

    # ---- access
    def __getattr__(self, name):
        flags = object.__getattribute__(self, "_flags")
        if name not in flags:
            raise AttributeError(name)
        if not self._parsed:
            self(sys.argv[:1] + [a for a in sys.argv[1:]], known_only=True)
        return flags[name].value

    def __setattr__(self, name, value):
        if name not in self._flags:
            raise AttributeError("Unknown flag: %s" % name)
        self._flags[name].value = value

    def __delattr__(self, name):
        if name not in self._flags:
            raise AttributeError(name)
        del self._flags[name]

    def __contains__(self, name):
        return name in self._flags

    def __iter__(self):
        return iter(self._flags)

    def __len__(self):
        return len(self._flags)

    def __getitem__(self, name):
        return self._flags[name]

    def flag_values_dict(self):
        return {name: flag.value for name, flag in self._flags.items()}

    def get_flag_value(self, name, default):
        flag = self._flags.get(name)
        return default if flag is None else flag.value


FLAGS = FlagValues()


def _definer(kind, parse):
    def define(name, default, help=None, flag_values=FLAGS, **kwargs):
        return flag_values._define(_Flag(name, default, help, kind, parse))
    define.__name__ = "DEFINE_" + kind
    return define


DEFINE_string = _definer("string", str)
DEFINE_integer = _definer("integer", int)
DEFINE_float = _definer("float", float)
DEFINE_boolean = _definer("bool", _parse_bool)
DEFINE_bool = DEFINE_boolean
DEFINE_list = _definer("list", _parse_list)


def DEFINE_enum(name, default, enum_values, help=None, flag_values=FLAGS, **kwargs):
    """A string flag whose value must be one of `enum_values`."""
    enum_values = list(enum_values)
    if not enum_values:
        raise ValueError("enum_values cannot be empty")

    def parse(text):
        if text not in enum_values:
            raise ValueError("value should be one of <%s>" % "|".join(enum_values))
        return text

    if default is not None:
        parse(default)
    return flag_values._define(_Flag(name, default, help, "enum", parse, enum_values))


def mark_flag_as_required(flag_name, flag_values=FLAGS):
    flag_values._required.append(flag_name)


def mark_flags_as_required(flag_names, flag_values=FLAGS):
    for name in flag_names:
        mark_flag_as_required(name, flag_values)

