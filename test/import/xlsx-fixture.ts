/**
 * A small .xlsx written for the tests (fflate zips the parts): LinkedIn's page export as a
 * workbook, a first sheet of daily page metrics that is not the posts, then the posts sheet with
 * its note row above the headers. Text cells are inline strings, figures numbers.
 */
import { strToU8, zipSync } from 'fflate';

type Cell = string | number;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));

function sheetXml(rows: Cell[][]): string {
  const body = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((c, i) => {
      const ref = `${column(i)}${r + 1}`;
      return typeof c === 'number' ? `<c r="${ref}"><v>${c}</v></c>` : c === '' ? '' : `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`;
    }).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

export function workbook(sheets: { name: string; rows: Cell[][] }[]): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows))));
  return zipSync(files);
}

/** LinkedIn's content export as a workbook: the posts of linkedin-page-updates.csv on sheet 2. */
export function linkedInWorkbook(): Uint8Array {
  return workbook([
    { name: 'Metrics', rows: [['Page followers'], ['Total followers', 1200]] },
    {
      name: 'All posts',
      rows: [
        ['All posts (Sponsored and organic), 01/01/2027 - 02/28/2027'],
        ['Update title', 'Update link', 'Update type', 'Campaign name', 'Posted by', 'Created date', 'Campaign start date', 'Campaign end date', 'Audience', 'Impressions', 'Views (excluding off-site video views)', 'Off-site views', 'Clicks', 'Click through rate (CTR)', 'Likes', 'Comments', 'Reposts', 'Follows', 'Engagement rate', 'Content Type'],
        ['We are hiring bakers', 'https://www.linkedin.com/feed/update/urn:li:activity:1', 'Organic', '', 'Maya Levi', '01/15/2027', '', '', 'All followers', 2100, '', '', 87, 0.0414, 54, 7, 5, 3, 0.0728, 'Text'],
        ['Our sourcing story', 'https://www.linkedin.com/feed/update/urn:li:activity:2', 'Organic', '', 'Maya Levi', '01/22/2027', '', '', 'All followers', 3450, '', '', 132, 0.0383, 96, 12, 9, 6, 0.0722, 'Article'],
      ],
    },
  ]);
}
