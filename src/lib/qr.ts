/**
 * QR codes made at build time with the `qrcode` package: SVG for posters and
 * the web (sharp at any print size), PNG for Instagram stories and slides.
 * Error correction M survives a crumpled poster or a phone photo of a slide.
 */
import QRCode from 'qrcode';

const options = { errorCorrectionLevel: 'M', margin: 2 } as const;

export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { ...options, type: 'svg', color: { dark: '#000000', light: '#ffffff' } });
  // A name for assistive technology: the image is the link's only content on a poster.
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" `);
}

export function qrPng(url: string, width = 1080): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: 'png', width });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
