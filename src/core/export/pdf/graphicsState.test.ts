/**
 * The record of what a page has set: trusted while only the drawers write, forgotten as
 * soon as anything else writes to the page or another page begins.
 */
import { describe, expect, it } from 'vitest';
import { graphicsState, type StatefulDocument } from './graphicsState.ts';

function page(): StatefulDocument & { written: string[]; next(): void } {
  const written: string[] = [];
  const pdf = {
    page: { number: 1 } as unknown,
    written,
    addContent(data: string) {
      written.push(data);
      return pdf;
    },
    _normalizeColor(colour: unknown) {
      if (colour === '#595959') return [0.349, 0.349, 0.349];
      if (colour === 'cmyk') return [0, 0.5, 1, 0];
      if (colour === 'SPOT') return { id: 'CS0', values: [0, 100, 0, 0] }; // PDFKit's SpotColor
      return null;
    },
    next() {
      pdf.page = { number: 2 };
    },
  };
  return pdf;
}

describe('graphicsState', () => {
  it('tells a setting changes once, then not while only the drawers write', () => {
    const pdf = page();
    const state = graphicsState(pdf);
    expect(state.changes('lineWidth', '0.5')).toBe(true);
    state.write('0.5 w');
    expect(state.changes('lineWidth', '0.5')).toBe(false);
    expect(state.changes('lineWidth', '1')).toBe(true);
    state.own(() => pdf.addContent('/Gs1 gs'));
    expect(state.changes('lineWidth', '1')).toBe(false);
    expect(pdf.written).toEqual(['0.5 w', '/Gs1 gs']);
  });

  it('forgets everything when something else writes to the page', () => {
    const pdf = page();
    const state = graphicsState(pdf);
    state.changes('fill', '/DeviceRGB cs\n0 0 0 scn\n');
    state.changes('font', '/F1 12 Tf');
    pdf.addContent('q'); // pdfmake saving the state around an image, say
    expect(state.changes('fill', '/DeviceRGB cs\n0 0 0 scn\n')).toBe(true);
    expect(state.changes('font', '/F1 12 Tf')).toBe(true);
  });

  it('forgets everything on a new page', () => {
    const pdf = page();
    const state = graphicsState(pdf);
    state.changes('strokeOpacity', 1);
    pdf.next();
    expect(state.changes('strokeOpacity', 1)).toBe(true);
    expect(state.changes('strokeOpacity', 1)).toBe(false);
  });

  it('writes plain colours as PDFKit does, none it cannot parse, and leaves spot colours to PDFKit', () => {
    const state = graphicsState(page());
    expect(state.colour('#595959', true)).toBe('/DeviceRGB CS\n0.349 0.349 0.349 SCN\n');
    expect(state.colour('#595959', false)).toBe('/DeviceRGB cs\n0.349 0.349 0.349 scn\n');
    expect(state.colour('cmyk', false)).toBe('/DeviceCMYK cs\n0 0.5 1 0 scn\n');
    expect(state.colour('bukan-warna', false)).toBeNull();
    // A spot colour PDFKit writes itself (and so forgets the record): not a plain colour.
    expect(state.colour('SPOT', false)).toBeUndefined();
  });

  it('keeps one record per document', () => {
    const pdf = page();
    expect(graphicsState(pdf)).toBe(graphicsState(pdf));
    expect(graphicsState(page())).not.toBe(graphicsState(pdf));
  });
});
