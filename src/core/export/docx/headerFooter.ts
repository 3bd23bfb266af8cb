/**
 * Running header (the document title) and footer (the page number), or empty ones.
 * Each distinct header and footer is one part, which every section showing it
 * refers to.
 */
import { WATERMARK } from '../../layout/style.ts';
import type { ExportProfile } from '../../template/types.ts';
import { fieldEnd, fieldStart } from './fields.ts';
import { paragraph } from './properties.ts';
import { RELATIONSHIP, type Relationships } from './relationships.ts';
import { textRun } from './runs.ts';
import { STYLE } from './styleIds.ts';
import { escapeXml, wordPart } from './xml.ts';
import type { PackageEntry } from './zip.ts';

/** The relationship ids of a section's header and footer. */
export interface SectionFurniture {
  header: string;
  footer: string;
}

/** The shape Word's Design › Watermark draws: WordArt text across the page, behind the text. */
const WORD_ART_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

/** Word's width of a diagonal watermark, in points; the height keeps the letters in proportion. */
const WATERMARK_WIDTH_PT = 527.85;

function watermarkHeightPt(text: string): number {
  const widthInHeights = [...text].reduce((sum, c) => sum + (c === ' ' ? 0.35 : 0.8), 0);
  return Math.round((WATERMARK_WIDTH_PT / Math.max(widthInHeights, 1)) * 100) / 100;
}

/** The watermark run ("CONTOH"); Word's Remove Watermark finds it by the id's prefix. */
function watermarkRun(text: string, font: string): string {
  const style = [
    'position:absolute',
    'margin-left:0',
    'margin-top:0',
    `width:${WATERMARK_WIDTH_PT}pt`,
    `height:${watermarkHeightPt(text)}pt`,
    'rotation:315',
    'z-index:-251657216',
    'mso-position-horizontal:center',
    'mso-position-horizontal-relative:margin',
    'mso-position-vertical:center',
    'mso-position-vertical-relative:margin',
  ].join(';');
  return (
    `<w:r><w:pict>${WORD_ART_SHAPE_TYPE}` +
    `<v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136" style="${style}" o:allowincell="f" fillcolor="#${WATERMARK.color}" stroked="f">` +
    `<v:fill opacity="${WATERMARK.opacity}"/><v:textpath style="font-family:&quot;${escapeXml(font)}&quot;;font-size:1pt" string="${escapeXml(text)}"/>` +
    '</v:shape></w:pict></w:r>'
  );
}

function headerXml(headerText: string | undefined, font: string, watermark?: string): string {
  // The header style draws a rule under the title; an empty header has none.
  const content =
    (headerText ? textRun(headerText) : '') + (watermark ? watermarkRun(watermark, font) : '');
  return wordPart('w:hdr', paragraph({ style: headerText ? STYLE.header : STYLE.normal }, content));
}

function footerXml(numbered: boolean): string {
  const content = numbered ? fieldStart('PAGE') + fieldEnd() : '';
  return wordPart('w:ftr', paragraph({ style: STYLE.footer }, content));
}

/** The header and footer parts, each written once, however many sections show it. */
export class Furniture {
  private readonly ids = new Map<string, string>();
  private readonly files: PackageEntry[] = [];
  private headers = 0;
  private footers = 0;

  constructor(
    private readonly relationships: Relationships,
    private readonly profile: ExportProfile,
  ) {}

  private part(kind: 'header' | 'footer', xml: string): string {
    const known = this.ids.get(xml);
    if (known !== undefined) return known;
    const count = kind === 'header' ? ++this.headers : ++this.footers;
    const name = `${kind}${count}.xml`;
    const id = this.relationships.add(RELATIONSHIP[kind], name);
    this.files.push({ path: `word/${name}`, data: xml });
    this.ids.set(xml, id);
    return id;
  }

  /**
   * Header and footer of a section. A section without them still gets empty ones,
   * as Word would otherwise repeat the previous section's. A watermark ("CONTOH")
   * sits in the header, as Word's Design › Watermark puts it.
   */
  of(headerText: string | undefined, watermark?: string): SectionFurniture {
    return {
      header: this.part('header', headerXml(headerText, this.profile.font, watermark)),
      footer: this.part('footer', footerXml(headerText !== undefined)),
    };
  }

  /** The header and footer parts with their paths. */
  parts(): readonly PackageEntry[] {
    return this.files;
  }
}
