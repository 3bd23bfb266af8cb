/** The figures of a generated plan: charts drawn as SVG and rendered to PNG with resvg. */
import { chartFontFiles, rasterizeSvg } from '../../src/core/layout/rasterize.ts';
import type { Asset } from '../../src/core/model/project.ts';
import { architecture, barChart, donutChart, lineChart, tileMap } from './charts.ts';
import type { Random } from './random.ts';
import { PLATFORMS, SERVICES } from './vocabulary.ts';

export interface Figure {
  assetId: string;
  asset: Asset;
  caption: string;
}

export interface FigureScope {
  region: string;
  /** "Kabupaten/Kota" or "Kecamatan", for captions. */
  unitTitle: string;
  places: string[];
  period: { start: number; end: number };
}

/** Width the figures are rendered at: sharp on A4, a moderate file size. */
const WIDTH_PX = 1200;

interface Drawing {
  svg: string;
  caption: string;
}

function drawing(kind: number, scope: FigureScope, random: Random): Drawing {
  const places = scope.places.slice(0, 35);
  const years = Array.from({ length: 6 }, (_, i) => scope.period.start - 5 + i);
  switch (kind % 5) {
    case 0: {
      const service = random.pick(SERVICES);
      const values = places.map(() => random.int(5, 120));
      return {
        svg: barChart(`Layanan daring: ${service}`, places, values),
        caption: `Jumlah layanan ${service} yang tersedia daring per ${scope.unitTitle} di ${scope.region}, ${scope.period.start - 1}`,
      };
    }
    case 1: {
      const base = random.int(20, 50);
      const series = ['Capaian', 'Target'].map((name, k) => ({
        name,
        values: years.map((_, i) => base + i * random.int(3, 9) + k * 4),
      }));
      return {
        svg: lineChart('Perkembangan Indeks Layanan Digital', years, series),
        caption: `Perkembangan indeks layanan digital ${scope.region} tahun ${years[0]}–${years[years.length - 1]}`,
      };
    }
    case 2: {
      const parts = ['APBD', 'APBN', 'DAK', 'KPBU', 'CSR', 'Swasta', 'Hibah'].map((name) => ({
        name,
        value: random.int(3, 40),
      }));
      return {
        svg: donutChart('Komposisi Sumber Pendanaan', parts),
        caption: `Komposisi rencana sumber pendanaan program smart city ${scope.region}`,
      };
    }
    case 3: {
      const layers = ['Layanan', 'Aplikasi', 'Data', 'Infrastruktur'].map((name) => ({
        name,
        boxes: random.sample(PLATFORMS, 3).map((p) => p.split(' ').slice(0, 3).join(' ')),
      }));
      return {
        svg: architecture('Arsitektur Layanan dan Data', layers),
        caption: `Arsitektur layanan, aplikasi, data, dan infrastruktur ${scope.region}`,
      };
    }
    default: {
      const values = places.map(() => random.int(10, 100));
      return {
        svg: tileMap(`Kesiapan Digital per ${scope.unitTitle}`, places, values),
        caption: `Peta skematis kesiapan digital per ${scope.unitTitle} di ${scope.region}`,
      };
    }
  }
}

/** `count` figures with stable ids fig-01, fig-02, … */
export function makeFigures(count: number, scope: FigureScope, random: Random): Figure[] {
  const fonts = chartFontFiles();
  return Array.from({ length: count }, (_, i) => {
    const { svg, caption } = drawing(i, scope, random);
    const image = rasterizeSvg(svg, fonts, WIDTH_PX);
    const assetId = `fig-${String(i + 1).padStart(2, '0')}`;
    return {
      assetId,
      caption,
      asset: {
        mime: 'image/png',
        data: Buffer.from(image.data).toString('base64'),
        width: image.widthPx,
        height: image.heightPx,
        name: `${assetId}.png`,
      },
    };
  });
}
