/** Test helper: a PDF engine for the test profile's type, with no images. */
import { PROFILE } from '../../layout/__fixtures__/profile.ts';
import { createEngine, type PdfEngine } from './engine.ts';
import { familyFor, fontFaces } from './fonts.ts';
import { pageGeometry } from './geometry.ts';
import { documentStyles, typography } from './styles.ts';

export function testEngine(): PdfEngine {
  const type = typography(PROFILE);
  const family = familyFor(PROFILE.font);
  return createEngine({
    fonts: { [family]: fontFaces(family) },
    pairTable: () => undefined,
    images: {},
    chartFamily: family,
    styles: documentStyles(type),
    defaultStyle: { font: family, fontSize: type.size },
    margins: pageGeometry(PROFILE).margins,
    info: { Title: '', Author: '', Subject: '', Keywords: '', Creator: '', Producer: '' },
    lang: 'id-ID',
  });
}
