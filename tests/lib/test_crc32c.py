"""CRC32C: known vectors, agreement of every code path, masking."""

import importlib

import numpy as np
import pytest

from tensorweave.lib.io import crc32c as crc_module
from tensorweave.lib.io.crc32c import crc32c, mask, masked_crc32c, unmask


def reference(data: bytes, crc: int = 0) -> int:
    return crc_module._bytewise_update(crc ^ 0xFFFFFFFF, data) ^ 0xFFFFFFFF


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", 0),
        (b"123456789", 0xE3069283),  # the standard check value
        (b"\x00" * 32, 0x8A9136AA),  # RFC 3720 (iSCSI) test vectors
        (b"\xff" * 32, 0x62A8AB43),
        (bytes(range(32)), 0x46DD794E),
        (bytes(range(31, -1, -1)), 0x113FDB5C),
    ],
)
def test_known_vectors(data, expected):
    assert crc32c(data) == expected


@pytest.mark.parametrize(
    "size", [1, 3, 4, 7, 8, 255, 2047, 2048, 2049, 4100, 65535, 65536, 100_003, (1 << 20) + 7]
)
def test_numpy_lanes_agree_with_the_bytewise_loop(size):
    data = np.random.default_rng(size).integers(0, 256, size, dtype=np.uint8).tobytes()
    assert crc_module._numpy_extend(0, data) == reference(data)
    assert crc_module._numpy_extend(0xDEADBEEF, data) == reference(data, 0xDEADBEEF)


def test_extending_equals_checksumming_the_concatenation():
    data = np.random.default_rng(1).integers(0, 256, 300_000, dtype=np.uint8).tobytes()
    for cut in (0, 5, 4096, 123_457, 300_000):
        assert crc32c(data[cut:], crc32c(data[:cut])) == crc32c(data)


def test_accepts_any_bytes_like_object():
    data = bytes(range(256)) * 20
    expected = crc32c(data)
    assert crc32c(bytearray(data)) == expected
    assert crc32c(memoryview(data)) == expected
    assert crc32c(np.frombuffer(data, dtype=np.uint8)) == expected
    assert crc32c(np.frombuffer(data, dtype=np.float32)) == expected


def test_mask_matches_tensorflow_and_inverts():
    # Masked CRCs of the 8 length bytes of a 5-byte record, as TensorFlow writes them.
    assert masked_crc32c((5).to_bytes(8, "little")) == 0x3E04B2EA
    for value in (0, 1, 0xFFFFFFFF, 0x12345678):
        assert unmask(mask(value)) == value


def test_fallback_is_used_without_the_c_extension(monkeypatch):
    monkeypatch.setattr(crc_module, "_extension", None)
    assert crc_module.crc32c(b"123456789") == 0xE3069283


def test_google_crc32c_agrees_when_installed():
    google_crc32c = pytest.importorskip("google_crc32c")
    data = np.random.default_rng(7).integers(0, 256, 70_000, dtype=np.uint8).tobytes()
    assert google_crc32c.extend(3, data) == crc_module._numpy_extend(3, data)
    reloaded = importlib.reload(crc_module)
    assert reloaded.crc32c(data, 3) == google_crc32c.extend(3, data)
