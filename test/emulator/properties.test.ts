// PropertiesService keeps strings per store and enforces Apps Script's limits with its messages.
import { describe, expect, it } from 'vitest';
import { createAppsScript } from './index';

describe('PropertiesService', () => {
  it('keeps document, user and script properties apart, as strings', () => {
    const { globals, emulator } = createAppsScript();
    const doc = globals.PropertiesService.getDocumentProperties();
    doc.setProperty('plan', '{"a":1}').setProperty('count', 3 as unknown as string);
    globals.PropertiesService.getUserProperties().setProperty('plan', 'mine');
    expect(doc.getProperty('count')).toBe('3');
    expect(doc.getProperty('missing')).toBeNull();
    expect(globals.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    expect(emulator.properties.document.toObject()).toEqual({ plan: '{"a":1}', count: '3' });
    expect(emulator.properties.user().toObject()).toEqual({ plan: 'mine' });
    emulator.setUser('colleague@example.com');
    expect(globals.PropertiesService.getUserProperties().getProperty('plan')).toBeNull();
    expect(globals.PropertiesService.getDocumentProperties().getProperty('plan')).toBe('{"a":1}');
  });

  it('refuses a value over 9 KB and leaves the store as it was', () => {
    const { globals } = createAppsScript();
    const doc = globals.PropertiesService.getDocumentProperties();
    doc.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => doc.setProperty('plan', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    // Bytes, not characters: 3,100 Persian letters are 6,200 bytes; 4,700 are over the limit.
    doc.setProperty('fa', 'ب'.repeat(3100));
    expect(() => doc.setProperty('fa2', 'ب'.repeat(4700))).toThrow('Argument too large: value');
    expect(doc.getKeys().sort()).toEqual(['fa', 'ok']);
  });

  it('refuses to grow a store past 500 KB, all or nothing for setProperties', () => {
    const { globals } = createAppsScript();
    const store = globals.PropertiesService.getScriptProperties();
    const chunk = 'x'.repeat(9000);
    const batch = Object.fromEntries(Array.from({ length: 56 }, (_, i) => [`k${i}`, chunk]));
    store.setProperties(batch);
    expect(() => store.setProperties({ a: chunk, b: chunk })).toThrow(/exceeded the property storage quota/);
    expect(store.getKeys()).toHaveLength(56);
    store.setProperties({ only: 'one' }, true);
    expect(store.getProperties()).toEqual({ only: 'one' });
    store.deleteAllProperties();
    expect(store.getKeys()).toEqual([]);
  });

  it('is read-only for custom functions', () => {
    const { globals, emulator } = createAppsScript();
    emulator.setAuthMode('CUSTOM_FUNCTION');
    const doc = globals.PropertiesService.getDocumentProperties();
    expect(doc.getProperty('x')).toBeNull();
    expect(() => doc.setProperty('x', '1')).toThrow(/do not have permission/);
  });
});
