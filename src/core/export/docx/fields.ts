/**
 * Word fields written as Word writes them (fldChar begin / instrText / separate /
 * result / end), so a field can carry a cached result and span several paragraphs.
 */
import { BuilderElement, ImportedXmlComponent, Run, TextRun, type IRunOptions } from 'docx';

type FieldCharType = 'begin' | 'separate' | 'end';

function fieldChar(type: FieldCharType): Run {
  return new Run({
    children: [
      new BuilderElement<{ type: string }>({
        name: 'w:fldChar',
        attributes: { type: { key: 'w:fldCharType', value: type } },
      }),
    ],
  });
}

function instruction(code: string): Run {
  const text = new ImportedXmlComponent('w:instrText', { 'xml:space': 'preserve' });
  text.push(` ${code} `);
  return new Run({ children: [text] });
}

/** The runs that open a field: begin, its code, separate. The result follows them. */
export function fieldStart(code: string): Run[] {
  return [fieldChar('begin'), instruction(code), fieldChar('separate')];
}

/** The run that closes a field. */
export function fieldEnd(): Run {
  return fieldChar('end');
}

/** A whole field in one paragraph with `result` as its cached text. */
export function field(code: string, result: string, run: IRunOptions = {}): Run[] {
  return [...fieldStart(code), new TextRun({ ...run, text: result }), fieldEnd()];
}
