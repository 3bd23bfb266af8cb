/**
 * The stylesheet of the HTML twin of an export, for WeasyPrint: A4 with the profile's
 * margins, font and line spacing, running header, page numbers (roman in front matter),
 * landscape named pages (pages are numbered straight through: WeasyPrint 57 cannot restart
 * the page counter at the body), a table of contents with page numbers, footnotes, repeated table headers.
 */
import type { ExportProfile } from '../../src/core/template/types.ts';

const FAMILY: Record<ExportProfile['font'], string> = {
  Arial: '"Liberation Sans", Arial, sans-serif',
  'Bookman Old Style': '"TeX Gyre Bonum", "Bookman Old Style", serif',
  'Times New Roman': '"Liberation Serif", "Times New Roman", serif',
};

/** The CSS for a profile. */
export function htmlStyle(profile: ExportProfile): string {
  const m = profile.marginsMm;
  const margins = `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`;
  return `
@page { size: A4; margin: ${margins};
  @top-center { content: string(header); font-size: 9pt; }
  @bottom-center { content: counter(page); font-size: 10pt; } }
@page roman { @bottom-center { content: counter(page, lower-roman); font-size: 10pt; } }
@page bare { @top-center { content: none; } @bottom-center { content: none; } }
@page landscape { size: A4 landscape; margin: ${m.left}mm ${m.top}mm ${m.right}mm ${m.bottom}mm; }
body { font-family: ${FAMILY[profile.font]}; font-size: ${profile.fontSizePt}pt; line-height: ${profile.lineSpacing}; text-align: justify; hyphens: manual; }
header.running { string-set: header content(); display: none; }
section { break-before: page; }
section.bare { page: bare; }
section.roman { page: roman; }
section.landscape { page: landscape; }
h1, h2, h3, h4 { text-align: left; break-after: avoid; line-height: 1.3; }
h1 { font-size: ${profile.fontSizePt + 2}pt; text-align: center; }
h1.break, h2.break { break-before: page; }
h2 { font-size: ${profile.fontSizePt}pt; }
h3, h4 { font-size: ${profile.fontSizePt}pt; font-style: italic; }
p { margin: 0 0 6pt 0; text-indent: 0; }
p.sub1 { font-weight: bold; } p.sub2 { font-weight: bold; font-style: italic; }
p.note, p.placeholder { font-size: ${profile.fontSizePt - 2}pt; font-style: italic; }
.cover { text-align: center; font-weight: bold; font-size: 16pt; }
.cover img { width: 35%; margin: 24pt 0; }
table { border-collapse: collapse; width: 100%; font-size: ${profile.fontSizePt - 2}pt; line-height: 1.15; margin: 4pt 0 10pt 0; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th, td.header { background: #D9E2F3; font-weight: bold; }
td.group { background: #EDEDED; font-weight: bold; } td.subtotal, td.total { font-weight: bold; background: #F2F2F2; }
td.active { background: #5B9BD5; }
.right { text-align: right; } .center { text-align: center; }
caption { caption-side: top; font-weight: bold; text-align: center; margin-bottom: 4pt; }
figure { text-align: center; margin: 8pt 0; break-inside: avoid; }
figure img { max-width: 100%; }
figcaption { font-weight: bold; font-size: ${profile.fontSizePt - 1}pt; }
.fn { float: footnote; font-size: 9pt; text-align: left; }
nav a { color: inherit; text-decoration: none; }
nav a::after { content: leader('.') target-counter(attr(href), page); }
nav .l0 { font-weight: bold; } nav .l2 { margin-left: 1.5em; } nav .l3 { margin-left: 3em; }
.signature { margin-left: 55%; text-align: center; }
`;
}
