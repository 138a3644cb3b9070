/**
 * A 640×480 JPEG standing in for a photo in demo data: the given SVG shapes with "DEMO" written over
 * them in red, so nobody takes it for a real site or asset.
 */
export async function demoJpeg(shapes: string): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    ${shapes}
    <text x="24" y="60" font-family="sans-serif" font-size="48" font-weight="bold" fill="#c00">DEMO</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer();
}
