"""The parts of a Word package the loader reads, found as OPC finds them: relationships, content types.

python-docx opens a package by loading every part it can reach and building its element
classes for each; reading a report needs three parts (document, styles, numbering), and
importing python-docx alone took longer than reading them. The parts are parsed with
python-docx's parser settings, so the loader sees the same elements.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def parse_xml(data: bytes):
    """The root element of an XML part (python-docx's parser settings: no blank text, no entities)."""
    return etree.fromstring(data, _PARSER)


class Package:
    """A zip package read part by part: ``related`` follows relationships, ``element`` parses a part."""

    def __init__(self, data: bytes) -> None:
        self._zip = zipfile.ZipFile(io.BytesIO(data))

    def related(self, source: str, reltype: str) -> str:
        """The part name (``/word/document.xml``) of ``source``'s first internal relationship of
        ``reltype`` (``source`` ``/`` is the package); KeyError when it has none."""
        folder, name = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", f"{name}.rels").lstrip("/")
        if rels in self._zip.NameToInfo:
            for rel in parse_xml(self._zip.read(rels)).iter(_RELATIONSHIP):
                if rel.get("Type") == reltype and rel.get("TargetMode") != "External":
                    return posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
        raise KeyError(f"no relationship of type '{reltype}' in collection")

    def content_type(self, part: str) -> str:
        """The content type [Content_Types].xml gives ``part`` (an override, else its extension's)."""
        types = parse_xml(self._zip.read("[Content_Types].xml"))
        for override in types.iter(f"{_CONTENT_TYPES}Override"):
            if override.get("PartName", "").lower() == part.lower():
                return override.get("ContentType", "")
        extension = posixpath.splitext(part)[1][1:].lower()
        for default in types.iter(f"{_CONTENT_TYPES}Default"):
            if default.get("Extension", "").lower() == extension:
                return default.get("ContentType", "")
        raise KeyError(f"no content type for partname '{part}' in [Content_Types].xml")

    def element(self, part: str):
        """The parsed root element of ``part``."""
        return parse_xml(self._zip.read(part.lstrip("/")))


__all__ = ["NUMBERING", "OFFICE_DOCUMENT", "STYLES", "Package", "parse_xml"]
