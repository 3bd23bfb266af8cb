/** A number as PDFKit writes it into content streams (PDFObject.number, pdfkit 0.19). */
export function pdfNumber(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`PDF: angka tidak didukung: ${n}`);
}
