/** word/settings.xml: the few document settings Word needs besides its defaults. */
import { wordPart } from './xml.ts';

/**
 * Word 2013+ compatibility mode (15), so Word lays the document out as current
 * versions do; one header and footer for odd and even pages.
 */
export function settingsXml(): string {
  return wordPart(
    'w:settings',
    '<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders w:val="0"/>' +
      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>',
  );
}
