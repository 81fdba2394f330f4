// dist/Import.html (the dialog) is one small file naming only the add-on stylesheet, built from
// sources without an HTML sink; a picked file's bytes decode as the exports write them: UTF-8
// with or without a BOM, and Meta's UTF-16LE page files whose first line is `sep=,`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../importer/decode';
import { readExport } from '../../src/import/analyse';

const root = process.cwd();

describe('dist/Import.html', () => {
  const html = readFileSync(join(root, 'dist/Import.html'), 'utf8');
  it('is one file under 150 KB (read-excel-file is most of it) that names only the add-on stylesheet', () => {
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(150 * 1024);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    // Outside the inlined script (whose XML namespaces are names, not requests), one link.
    const markup = html.replace(/<script>[\s\S]*<\/script>/, '');
    expect(markup.match(/https?:\/\/[^\s"')]+/g)).toEqual(['https://ssl.gstatic.com/docs/script/css/add-ons1.css']);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
  it('comes from sources that never turn text into HTML', () => {
    for (const name of readdirSync(join(root, 'importer')).filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(join(root, 'importer', name), 'utf8'), name).not.toMatch(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML\(|document\.write|\beval\(|new Function\(/);
    }
  });
});

describe('decoding a picked file', () => {
  const text = 'sep=,\r\n"Date","Reach","Impressions"\r\n"2027-01-12","1,200","3,400"\r\n"2027-01-13","800","1,100"\r\n';
  const ctx = { dayOf: (ms: number) => new Date(ms).toISOString().slice(0, 10), ownOrder: 'mdy' as const, window: null, remembered: () => null, today: '2027-02-01' };

  it('reads UTF-16LE with its BOM and a sep=, line, as Meta’s page files are', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const decoded = decodeBytes(bytes);
    expect(decoded).toBe(text);
    const read = readExport('page.csv', decoded, { columns: {}, network: 'facebook', overwriteTyped: false }, ctx);
    if ('problems' in read) throw new Error(JSON.stringify(read.problems));
    expect(read.table.delimiter).toBe(',');
    expect(read.read.posts.map((p) => p.values[0])).toEqual([1200, 800]);
  });

  it('reads UTF-16LE without a BOM, UTF-8 with one and without', () => {
    expect(decodeBytes(new Uint8Array(Buffer.from(text, 'utf16le')))).toBe(text);
    expect(decodeBytes(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('تاریخ', 'utf8')])))).toBe('تاریخ');
    expect(decodeBytes(new Uint8Array(Buffer.from('Date,Reach', 'utf8')))).toBe('Date,Reach');
  });

  it('reads `;` and tab separated sheets, and a file with no network asks for one per row', () => {
    const semi = readExport('s.csv', 'Date;Reach\n2027-01-12;5', { columns: {}, overwriteTyped: false }, ctx);
    if ('problems' in semi) throw new Error('problems');
    expect(semi.table.delimiter).toBe(';');
    expect(semi.read.refused).toEqual([{ row: 2, reason: 'noNetwork' }]);
    const tab = readExport('t.tsv', 'Date\tReach\tNetwork\n2027-01-12\t5\tInstagram', { columns: {}, overwriteTyped: false }, ctx);
    if ('problems' in tab) throw new Error('problems');
    expect(tab.table.delimiter).toBe('\t');
    expect(tab.read.posts[0]).toMatchObject({ network: 'instagram', day: '2027-01-12' });
  });
});

describe('an Excel workbook read in the dialog', () => {
  it('becomes the CSV of its first sheet holding an export, dates as the workbook shows them, quotes kept', async () => {
    const { workbookToCsv, rowsToCsv } = await import('../../importer/xlsx');
    const csv = workbookToCsv([
      { data: [['Page followers'], ['Total followers', 1200]] },
      { data: [['Date', 'Reach', 'Caption'], [new Date(Date.UTC(2027, 0, 12)), 1200, 'say "hi", then\nleave'], [new Date(Date.UTC(2027, 0, 13, 9, 30)), 800, null]] },
    ]);
    expect(csv).toBe('"Date","Reach","Caption"\r\n"2027-01-12","1200","say ""hi"", then\nleave"\r\n"2027-01-13 09:30","800",""');
    expect(rowsToCsv([[true, '=1+1']])).toBe('"true","=1+1"');
  });
});
