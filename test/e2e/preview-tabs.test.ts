/** Tabs the add-on hides while it builds them are not drawn by the preview, as Sheets does not show them. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewClock } from '../../scripts/preview/clock';
import { createHost } from '../../scripts/preview/host';

const root = join(import.meta.dirname, '../..');

describe('hidden tabs in the preview', () => {
  it('are not drawn, and a hidden active tab leaves the view on a visible one', () => {
    const host = createHost({ root, locale: 'en_US', clock: previewClock('2027-03-01T09:00', 'Etc/UTC') });
    const ss = host.addOn.emulator.spreadsheet;
    const building = ss.insertSheet('tmp-building');
    building.hideSheet();
    ss._setActive(building, null);
    const view = host.view();
    expect(view.tabs.map((t) => t.name)).toEqual(['Sheet1']);
    expect(view.sheet?.name).toBe('Sheet1');
    expect(view.activeSheet).toBe('Sheet1'); // else the page would ask again and again for the hidden one
  });
});
