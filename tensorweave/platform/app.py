"""tf.app.run; tf.app.flags and tf.flags are the module tensorweave.platform.flags."""

import sys

from tensorweave._api import tf_export, tf_export_value
from tensorweave.platform import flags

tf_export_value("flags", flags)
tf_export_value("app.flags", flags)


@tf_export("app.run")
def run(main=None, argv=None):
    """Parses flags from `argv` (default sys.argv), calls main(remaining_argv), exits with its result."""
    args = sys.argv if argv is None else argv
    try:
        remaining = flags.FLAGS(args)
    except flags.Error as err:
        sys.stderr.write("FATAL Flags parsing error: %s\n" % err)
        sys.exit(1)
    main = main or sys.modules["__main__"].main
    sys.exit(main(remaining))
