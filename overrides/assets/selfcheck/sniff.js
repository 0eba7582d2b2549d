// What a file really is, from its first bytes, and its pixel size when the header says
// so: read before decoding, so a 100-megapixel photo is refused without being decoded,
// and a HEIC or PDF is recognised whatever its name says.

const HEAD_BYTES = 256 * 1024; // JPEG size markers can follow a large EXIF block
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

const ascii = (bytes, start, end) => String.fromCharCode(...bytes.subarray(start, end));

function jpegSize(bytes, view) {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) { at += 1; continue; } // fill byte
    const length = view.getUint16(at + 2);
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) do not
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

function webpSize(bytes, view) {
  const chunk = ascii(bytes, 12, 16);
  if (chunk === "VP8X") {
    const w = 1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16));
    const h = 1 + (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16));
    return { width: w, height: h };
  }
  if (chunk === "VP8 ") return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === "VP8L") {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

/** {format, width, height}: format is jpeg|png|gif|webp|bmp|heif|avif|pdf|tiff|unknown; sizes may be null. */
export async function sniff(file) {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const view = new DataView(bytes.buffer);
  const result = (format, size = null) => ({ format, width: size?.width ?? null, height: size?.height ?? null });
  if (bytes.length < 12) return result(bytes.length && ascii(bytes, 0, 4) === "%PDF" ? "pdf" : "unknown");
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return result("jpeg", jpegSize(bytes, view));
  if (ascii(bytes, 1, 4) === "PNG") return result("png", { width: view.getUint32(16), height: view.getUint32(20) });
  if (ascii(bytes, 0, 3) === "GIF") return result("gif", { width: view.getUint16(6, true), height: view.getUint16(8, true) });
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return result("webp", webpSize(bytes, view));
  if (ascii(bytes, 0, 2) === "BM") return result("bmp", { width: view.getInt32(18, true), height: Math.abs(view.getInt32(22, true)) });
  if (ascii(bytes, 0, 5) === "%PDF-") return result("pdf");
  if (ascii(bytes, 0, 4) === "II*\0" || ascii(bytes, 0, 4) === "MM\0*") return result("tiff");
  if (ascii(bytes, 4, 8) === "ftyp") {
    const brand = ascii(bytes, 8, 12);
    if (brand === "avif" || brand === "avis") return result("avif");
    if (HEIF_BRANDS.has(brand)) return result("heif");
  }
  return result("unknown");
}
