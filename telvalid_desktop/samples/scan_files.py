"""The files a mailroom receives from a scanner, a fax server or a phone: image-only PDFs (1-bit
pages as CCITT G4, others as JPEG), multi-page TIFFs (G4 for 1-bit), PNG and JPEG.
``ImagePdfWriter`` streams page by page (a 500-page batch is never held in memory)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import BinaryIO

from PIL import Image, TiffImagePlugin

from telvalid_desktop.samples.scans import Dpi


def _dpi_of(image: Image.Image, dpi: Dpi | None) -> Dpi:
    if dpi:
        return dpi
    declared = image.info.get("dpi")
    return (float(declared[0]), float(declared[1])) if declared else (200.0, 200.0)


def _ccitt_g4(image: Image.Image) -> bytes:
    """The CCITT group 4 stream of a 1-bit image (one strip, as Pillow's PDF writer does)."""
    buffer = io.BytesIO()
    image.save(buffer, "TIFF", compression="group4", strip_size=(image.width + 7) // 8 * image.height)
    buffer.seek(0)
    with Image.open(buffer) as tiff:
        assert isinstance(tiff, TiffImagePlugin.TiffImageFile)
        offset = tiff.tag_v2[TiffImagePlugin.STRIPOFFSETS]
        count = tiff.tag_v2[TiffImagePlugin.STRIPBYTECOUNTS]
    offset = offset[0] if isinstance(offset, tuple) else offset
    count = count[0] if isinstance(count, tuple) else count
    return buffer.getvalue()[offset : offset + count]


class ImagePdfWriter:
    """Writes an image-only PDF to a binary stream, one page at a time.

    Only object offsets stay in memory, so a 500-page batch costs one page of memory.
    1-bit images are stored as CCITT G4, grey and colour images as JPEG.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.start = stream.tell()
        self.offsets: dict[int, int] = {}
        self.page_ids: list[int] = []
        self.next_id = 3  # 1: catalog, 2: page tree
        self._write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self.stream.write(data)

    def _object(self, number: int, dictionary: str, stream: bytes | None = None) -> None:
        self.offsets[number] = self.stream.tell() - self.start
        if stream is None:
            self._write(f"{number} 0 obj\n{dictionary}\nendobj\n".encode())
            return
        head = dictionary[:-2] + f" /Length {len(stream)} >>"
        self._write(f"{number} 0 obj\n{head}\nstream\n".encode() + stream + b"\nendstream\nendobj\n")

    def _new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def add_page(self, image: Image.Image, dpi: Dpi | None = None) -> None:
        """Append ``image`` as one page sized from its resolution."""
        xdpi, ydpi = _dpi_of(image, dpi)
        width, height = image.width * 72 / xdpi, image.height * 72 / ydpi
        if image.mode == "1":
            data = _ccitt_g4(image)
            spec = (
                f"/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode "
                f"/DecodeParms << /K -1 /Columns {image.width} /Rows {image.height} /BlackIs1 true >>"
            )
        else:
            if image.mode not in ("L", "RGB"):
                image = image.convert("RGB")
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=image.info.get("jpeg_quality", 85))
            data = buffer.getvalue()
            space = "/DeviceGray" if image.mode == "L" else "/DeviceRGB"
            spec = f"/ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode"
        image_id, content_id, page_id = self._new_id(), self._new_id(), self._new_id()
        self._object(
            image_id,
            f"<< /Type /XObject /Subtype /Image /Width {image.width} /Height {image.height} {spec} >>",
            data,
        )
        self._object(content_id, "<< >>", f"q {width:.3f} 0 0 {height:.3f} 0 0 cm /Im0 Do Q".encode())
        self._object(
            page_id,
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:.3f} {height:.3f}] "
            f"/Resources << /XObject << /Im0 {image_id} 0 R >> >> /Contents {content_id} 0 R >>",
        )
        self.page_ids.append(page_id)

    def close(self) -> None:
        """Write the page tree, the catalog and the cross-reference table."""
        kids = " ".join(f"{i} 0 R" for i in self.page_ids)
        self._object(2, f"<< /Type /Pages /Kids [{kids}] /Count {len(self.page_ids)} >>")
        self._object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        xref = self.stream.tell() - self.start
        lines = [f"xref\n0 {self.next_id}\n", "0000000000 65535 f \n"]
        lines += [f"{self.offsets[i]:010d} 00000 n \n" for i in range(1, self.next_id)]
        lines.append(f"trailer\n<< /Size {self.next_id} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n")
        self._write("".join(lines).encode())

    def __enter__(self) -> ImagePdfWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()


def images_to_pdf(images: Iterable[Image.Image], dpi_list: Sequence[Dpi | None] | None = None) -> bytes:
    """An image-only PDF, one page per image, each sized from its dpi (``dpi_list`` or ``info``)."""
    buffer = io.BytesIO()
    with ImagePdfWriter(buffer) as writer:
        for i, image in enumerate(images):
            writer.add_page(image, dpi_list[i] if dpi_list else None)
    return buffer.getvalue()


def images_to_tiff(images: Iterable[Image.Image]) -> bytes:
    """A multi-page TIFF: G4 for 1-bit pages, Deflate for grey and colour; each with its dpi."""
    buffer = io.BytesIO()
    with TiffImagePlugin.AppendingTiffWriter(buffer, new=True) as tiff:
        for image in images:
            compression = "group4" if image.mode == "1" else "tiff_adobe_deflate"
            image.save(tiff, "TIFF", compression=compression, dpi=_dpi_of(image, None))
            tiff.newFrame()
    return buffer.getvalue()


def image_to_png(image: Image.Image) -> bytes:
    """PNG bytes with the image's dpi."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=_dpi_of(image, None))
    return buffer.getvalue()


def image_to_jpeg(image: Image.Image, quality: int | None = None) -> bytes:
    """JPEG bytes with the image's dpi (1-bit images are stored as grey)."""
    buffer = io.BytesIO()
    if image.mode == "1":
        image = image.convert("L")
    image.save(buffer, "JPEG", quality=quality or image.info.get("jpeg_quality", 85), dpi=_dpi_of(image, None))
    return buffer.getvalue()
