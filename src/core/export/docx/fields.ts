/**
 * Word fields written as Word writes them (fldChar begin / instrText / separate /
 * result / end), so a field can carry a cached result and span several paragraphs.
 */
import type { RunProps } from './properties.ts';
import { textRun } from './runs.ts';
import { escapeXml } from './xml.ts';

const SEPARATE = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';

/** The runs that open a field: begin, its code, separate. The result follows them. */
export function fieldStart(code: string): string {
  return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escapeXml(code)} </w:instrText></w:r>${SEPARATE}`;
}

/** The run that closes a field. */
export function fieldEnd(): string {
  return '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
}

/** A whole field in one paragraph with `result` as its cached text. */
export function field(code: string, result: string, run: RunProps = {}): string {
  return fieldStart(code) + textRun(result, run) + fieldEnd();
}
