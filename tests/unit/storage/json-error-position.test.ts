import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../../shared/schema/json-error-position';
import { createCloseGate } from '../../../electron/services/close-gate';

const at = (text: string) => lineAndColumn(text, jsonErrorOffset(text));

describe('where a JSON text goes wrong', () => {
  test('points at the offending character, line and column', () => {
    expect(at('{"a":}')).toEqual({ line: 1, column: 6 });
    expect(at('{\n  "a": 1,\n  "b": [1 2]\n}')).toEqual({ line: 3, column: 11 });
    expect(at('[1,2,]')).toEqual({ line: 1, column: 6 });
    expect(at("{'a': 1}")).toEqual({ line: 1, column: 2 });
    expect(at('{"a":1}}')).toEqual({ line: 1, column: 8 });
    expect(at('{"a": tru')).toEqual({ line: 1, column: 10 });
    expect(jsonErrorOffset('[[[[')).toBe(4);
  });

  test('a valid text cut anywhere is reported at or before the cut, never beyond', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const text = json.slice(0, cut % Math.max(json.length, 1));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) return;
        expect(jsonErrorOffset(text)).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  test('never throws on arbitrary text, even deeply nested', () => {
    fc.assert(
      fc.property(fc.string(), (text) => void jsonErrorOffset(text)),
      { numRuns: 500 },
    );
    expect(jsonErrorOffset('['.repeat(1_000_000))).toBe(1_000_000);
  });
});

describe('the close gate', () => {
  test('asks the renderer first, lets the close through once it decided, and asks again after a new window', () => {
    const gate = createCloseGate();
    expect(gate.onCloseRequested()).toBe(false);
    gate.allowClose();
    expect(gate.onCloseRequested()).toBe(true);
    gate.reset();
    expect(gate.onCloseRequested()).toBe(false);
  });
});
