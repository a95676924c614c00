"""`FileWriterCache` under TF's module name (`tensorflow/python/summary/writer/writer_cache.py`)."""

from tensorweave.summary.writer import FileWriterCache  # noqa: F401
