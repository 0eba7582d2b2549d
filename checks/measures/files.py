"""File facts: the file's type from its name or MIME type, and forbidden name characters.

Amazon's rules (src-amazon-us-documents): PNG, JPEG, TIFF or PDF; under 10 MB; no `$`,
`&` or `#` in the name. Nothing here reads pixels.
"""

from __future__ import annotations

# File name extensions and MIME types -> the name of the type shown to the user.
EXTENSIONS = {
    "png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "jpe": "JPEG", "jfif": "JPEG",
    "tif": "TIFF", "tiff": "TIFF", "pdf": "PDF", "heic": "HEIC", "heif": "HEIC",
    "webp": "WebP", "gif": "GIF", "bmp": "BMP", "avif": "AVIF",
}
MIME_TYPES = {
    "image/png": "PNG", "image/jpeg": "JPEG", "image/pjpeg": "JPEG", "image/tiff": "TIFF",
    "application/pdf": "PDF", "image/heic": "HEIC", "image/heif": "HEIC",
    "image/heic-sequence": "HEIC", "image/heif-sequence": "HEIC", "image/webp": "WebP",
    "image/gif": "GIF", "image/bmp": "BMP", "image/avif": "AVIF",
}


def file_kind(file_name: str | None, mime_type: str | None) -> str | None:
    """The file's type as Amazon's uploader sees it: by extension first, else by MIME type.

    An unknown extension is returned upper-cased (".docx" -> "DOCX"); None when neither
    the name nor the MIME type says anything.
    """
    if file_name and "." in file_name.rsplit("/", 1)[-1]:
        extension = file_name.rsplit(".", 1)[-1].strip().lower()
        if extension:
            return EXTENSIONS.get(extension, extension.upper())
    if mime_type:
        mime = mime_type.split(";", 1)[0].strip().lower()
        if mime in MIME_TYPES:
            return MIME_TYPES[mime]
        if "/" in mime:
            return mime.split("/", 1)[1].upper()
    return None


def forbidden_characters(file_name: str, forbidden: str) -> str:
    """The forbidden characters present in the file name, in the order of `forbidden`."""
    return "".join(char for char in forbidden if char in file_name)


def megabytes(size: int) -> float:
    """Decimal megabytes, rounded to 2 decimals."""
    return round(size / 1_000_000, 2)
