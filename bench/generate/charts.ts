/** SVG drawings of the kinds of figures plans carry: bars, trend lines, a donut, an architecture, tiles. */

const FONT = 'Liberation Sans';
const PALETTE = [
  '#1F4E79',
  '#2E75B6',
  '#5B9BD5',
  '#70AD47',
  '#FFC000',
  '#ED7D31',
  '#A5A5A5',
  '#264478',
];
const W = 900;
const H = 520;

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function frame(body: string[], title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}" font-size="14">`,
    `<rect width="${W}" height="${H}" fill="#FFFFFF"/>`,
    `<text x="${W / 2}" y="28" text-anchor="middle" font-size="18" font-weight="bold">${escapeXml(title)}</text>`,
    ...body,
    '</svg>',
  ].join('');
}

/** Vertical bars, one per label, with the value above each bar. */
export function barChart(title: string, labels: string[], values: number[]): string {
  const max = Math.max(...values, 1);
  const left = 60;
  const bottom = H - 120;
  const step = (W - left - 20) / labels.length;
  const body: string[] = [
    `<line x1="${left}" y1="${bottom}" x2="${W - 20}" y2="${bottom}" stroke="#333"/>`,
  ];
  labels.forEach((label, i) => {
    const h = ((bottom - 60) * values[i]!) / max;
    const x = left + i * step + step * 0.15;
    body.push(
      `<rect x="${x.toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[i % 3]}"/>`,
    );
    body.push(
      `<text x="${(x + step * 0.35).toFixed(1)}" y="${(bottom - h - 4).toFixed(1)}" text-anchor="middle" font-size="10">${values[i]}</text>`,
    );
    body.push(
      `<text transform="translate(${(x + step * 0.35).toFixed(1)},${bottom + 8}) rotate(60)" font-size="10">${escapeXml(label)}</text>`,
    );
  });
  return frame(body, title);
}

/** Two or more series over years. */
export function lineChart(
  title: string,
  years: number[],
  series: { name: string; values: number[] }[],
): string {
  const max = Math.max(...series.flatMap((s) => s.values), 1);
  const left = 70;
  const bottom = H - 80;
  const x = (i: number) => left + ((W - left - 40) * i) / Math.max(years.length - 1, 1);
  const y = (v: number) => bottom - ((bottom - 70) * v) / max;
  const body: string[] = [
    `<line x1="${left}" y1="${bottom}" x2="${W - 30}" y2="${bottom}" stroke="#333"/>`,
  ];
  for (let g = 0; g <= 4; g++) {
    const gy = bottom - ((bottom - 70) * g) / 4;
    body.push(`<line x1="${left}" y1="${gy}" x2="${W - 30}" y2="${gy}" stroke="#DDD"/>`);
    body.push(
      `<text x="${left - 8}" y="${gy + 4}" text-anchor="end">${Math.round((max * g) / 4)}</text>`,
    );
  }
  years.forEach((year, i) =>
    body.push(`<text x="${x(i)}" y="${bottom + 20}" text-anchor="middle">${year}</text>`),
  );
  series.forEach((s, k) => {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    body.push(`<polyline points="${points}" fill="none" stroke="${PALETTE[k]}" stroke-width="3"/>`);
    body.push(
      `<rect x="${left + k * 260}" y="${H - 34}" width="14" height="14" fill="${PALETTE[k]}"/>`,
    );
    body.push(`<text x="${left + k * 260 + 20}" y="${H - 22}">${escapeXml(s.name)}</text>`);
  });
  return frame(body, title);
}

/** Shares of a whole as a donut with a legend. */
export function donutChart(title: string, parts: { name: string; value: number }[]): string {
  const total = parts.reduce((sum, p) => sum + p.value, 0) || 1;
  const cx = 300;
  const cy = 280;
  const r = 170;
  let angle = -Math.PI / 2;
  const body: string[] = [];
  parts.forEach((part, i) => {
    const sweep = (2 * Math.PI * part.value) / total;
    const x1 = cx + r * Math.cos(angle);
    const y1 = cy + r * Math.sin(angle);
    angle += sweep;
    const x2 = cx + r * Math.cos(angle);
    const y2 = cy + r * Math.sin(angle);
    const large = sweep > Math.PI ? 1 : 0;
    body.push(
      `<path d="M${cx},${cy} L${x1.toFixed(1)},${y1.toFixed(1)} A${r},${r} 0 ${large} 1 ${x2.toFixed(1)},${y2.toFixed(1)} Z" fill="${PALETTE[i % PALETTE.length]}"/>`,
    );
    body.push(
      `<rect x="560" y="${90 + i * 34}" width="18" height="18" fill="${PALETTE[i % PALETTE.length]}"/>`,
    );
    body.push(
      `<text x="586" y="${104 + i * 34}">${escapeXml(part.name)} (${Math.round((100 * part.value) / total)}%)</text>`,
    );
  });
  body.push(`<circle cx="${cx}" cy="${cy}" r="${r * 0.55}" fill="#FFFFFF"/>`);
  return frame(body, title);
}

/** Layers of an architecture, each a row of labelled boxes, joined by arrows. */
export function architecture(title: string, layers: { name: string; boxes: string[] }[]): string {
  const body: string[] = [];
  const rowH = (H - 70) / layers.length;
  layers.forEach((layer, i) => {
    const y = 50 + i * rowH;
    body.push(
      `<rect x="10" y="${y}" width="150" height="${rowH - 16}" fill="${PALETTE[i % PALETTE.length]}"/>`,
    );
    body.push(
      `<text x="85" y="${y + rowH / 2 - 4}" text-anchor="middle" fill="#FFFFFF" font-weight="bold">${escapeXml(layer.name)}</text>`,
    );
    const boxW = (W - 190) / layer.boxes.length;
    layer.boxes.forEach((box, j) => {
      const x = 175 + j * boxW;
      body.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${(boxW - 10).toFixed(1)}" height="${rowH - 16}" rx="6" fill="#EAF1FB" stroke="${PALETTE[i % PALETTE.length]}"/>`,
      );
      body.push(
        `<text x="${(x + boxW / 2 - 5).toFixed(1)}" y="${y + rowH / 2 - 4}" text-anchor="middle" font-size="12">${escapeXml(box)}</text>`,
      );
    });
    if (i > 0) body.push(`<path d="M${W / 2},${y - 14} l-8,10 h16 Z" fill="#555"/>`);
  });
  return frame(body, title);
}

/** A tile per place, shaded by its value: a schematic map. */
export function tileMap(title: string, places: string[], values: number[]): string {
  const cols = 7;
  const tileW = (W - 40) / cols;
  const rows = Math.ceil(places.length / cols);
  const tileH = Math.min(70, (H - 70) / Math.max(rows, 1));
  const max = Math.max(...values, 1);
  const body: string[] = [];
  places.forEach((place, i) => {
    const x = 20 + (i % cols) * tileW;
    const y = 50 + Math.floor(i / cols) * tileH;
    const shade = Math.round(235 - (150 * values[i]!) / max);
    body.push(
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(tileW - 6).toFixed(1)}" height="${(tileH - 6).toFixed(1)}" fill="rgb(${shade},${shade + 10},255)" stroke="#FFFFFF"/>`,
    );
    body.push(
      `<text x="${(x + tileW / 2 - 3).toFixed(1)}" y="${(y + tileH / 2).toFixed(1)}" text-anchor="middle" font-size="10">${escapeXml(place.replace(/^(Kabupaten|Kota) /, ''))}</text>`,
    );
  });
  return frame(body, title);
}
