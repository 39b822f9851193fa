"""The Word package written byte for byte the same for the same input: python-docx's template
leftovers dropped, parts zipped with fixed timestamps and permissions.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>reportdiff</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "<AppVersion>{version}</AppVersion></Properties>"
)
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"


def clean_package(document) -> None:
    """Drop python-docx's template leftovers: the blank thumbnail, and app.xml naming another application."""
    from reportdiff import __version__

    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == _THUMBNAIL:
            package.rels.pop(rel_id)
        elif rel.reltype == _EXTENDED and not rel.is_external:
            # -- AppVersion must read NN.NNNN; 00.0100 is reportdiff 0.1 --
            major, minor = (__version__.split(".") + ["0", "0"])[:2]
            rel.target_part._blob = _APP_XML.format(version=f"{int(major):02d}.{int(minor):02d}00").encode()


def deterministic_zip(document) -> bytes:
    """Save, then rewrite the package with fixed timestamps (python-docx stamps the clock)."""
    clean_package(document)
    raw = io.BytesIO()
    document.save(raw)
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source:
        return zip_parts([(info.filename, source.read(info.filename)) for info in source.infolist()])


# -- zip records as zipfile writes them for a ZipInfo dated 1980-01-01 00:00, deflated, mode 600 --
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_DOS_DATE = (_ZIP_TIME[0] - 1980) << 9 | _ZIP_TIME[1] << 5 | _ZIP_TIME[2]
_CREATE_SYSTEM = 0 if sys.platform == "win32" else 3


def deflate(data: bytes) -> tuple[int, int, bytes]:
    """(CRC-32, size, raw deflate stream) of a part, as zipfile compresses it."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush()


def zip_parts(parts: list[tuple[str, bytes]], deflated: dict[str, tuple[int, int, bytes]] | None = None) -> bytes:
    """The package of ``parts`` (name, bytes) in order, with fixed timestamps and permissions.

    The bytes are those zipfile writes (tests compare them). ``deflated`` holds parts already
    compressed (the cached blank document's styles are 800 kB), used when CRC and size match.
    """
    out = bytearray()
    directory = bytearray()
    for name, data in parts:
        known = deflated.get(name) if deflated else None
        crc = zlib.crc32(data)
        if known is None or known[0] != crc or known[1] != len(data):
            known = deflate(data)
        _, size, stream = known
        encoded = name.encode("ascii") if name.isascii() else name.encode("utf-8")
        flags = 0 if name.isascii() else 0x800
        offset = len(out)
        out += _LOCAL.pack(b"PK\x03\x04", 20, 0, flags, zipfile.ZIP_DEFLATED, 0, _DOS_DATE, crc, len(stream), size,
                           len(encoded), 0)
        out += encoded
        out += stream
        directory += _CENTRAL.pack(b"PK\x01\x02", 20, _CREATE_SYSTEM, 20, 0, flags, zipfile.ZIP_DEFLATED, 0, _DOS_DATE, crc,
                                   len(stream), size, len(encoded), 0, 0, 0, 0, 0o600 << 16, offset)
        directory += encoded
    start = len(out)
    out += directory
    out += _END.pack(b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), start, 0)
    return bytes(out)


__all__ = ["clean_package", "deflate", "deterministic_zip", "zip_parts"]
